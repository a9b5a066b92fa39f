package cn.haztrail.oversight.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** @param sealInterval how long after one scheduled seal the next is taken (R23) */
@ConfigurationProperties("haztrail.integrity")
public record IntegrityProperties(@DefaultValue("PT1H") Duration sealInterval) {
}
