package cn.haztrail.oversight.custody;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param custodyCheckMaxAge how old a stream's integrity check a custody answer may carry (R23); zero: every answer
 *                           checks its streams when it is served
 */
@ConfigurationProperties("haztrail.integrity")
public record CustodyIntegrityProperties(@DefaultValue("PT0S") Duration custodyCheckMaxAge) {
}
