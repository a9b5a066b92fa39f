package cn.haztrail.oversight.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;

/**
 * Limits of the time-based alerts.
 *
 * @param transitLimit          how long waste may be on the road, pickup to arrival, before LONG_TRANSIT
 * @param approvalExpiryWarning how long before an approval's last valid day APPROVAL_NEAR_EXPIRY opens
 * @param alertCheckInterval    how often the scheduled check runs (read by its {@code @Scheduled})
 */
@ConfigurationProperties("haztrail.oversight")
public record AlertProperties(@DefaultValue("PT48H") Duration transitLimit,
                              @DefaultValue("P30D") Period approvalExpiryWarning,
                              @DefaultValue("PT1M") Duration alertCheckInterval) {
}
