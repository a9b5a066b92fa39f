package cn.haztrail.oversight.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Period;

/**
 * Limits of the exemption alerts (R38).
 *
 * @param nearCapShare the share of its cap an exemption has drawn when EXEMPTION_NEAR_CAP opens: 0.90 alerts at 90 %
 * @param endWarning   how long before an exemption's last valid day EXEMPTION_NEAR_END opens
 */
@ConfigurationProperties("haztrail.exemptions")
public record ExemptionAlertProperties(@DefaultValue("0.90") BigDecimal nearCapShare,
                                       @DefaultValue("P30D") Period endWarning) {
}
