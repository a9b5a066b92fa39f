package cn.haztrail.oversight.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param onDemandSealInterval how long after the latest seal an on-demand seal is refused with 429 (R23); PT0S: never
 */
@ConfigurationProperties("haztrail.integrity")
public record SealRateProperties(@DefaultValue("PT1M") Duration onDemandSealInterval) {
}
