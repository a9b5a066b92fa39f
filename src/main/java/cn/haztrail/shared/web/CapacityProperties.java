package cn.haztrail.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param retryAfter what a 503 for a resource shortage tells the caller to wait before trying again
 */
@ConfigurationProperties("haztrail.capacity")
public record CapacityProperties(@DefaultValue("PT2S") Duration retryAfter) {
}
