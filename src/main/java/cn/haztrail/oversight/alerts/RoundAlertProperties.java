package cn.haztrail.oversight.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Limits of the collection rounds' alert (R46).
 *
 * @param medicalWarning how long before a medical stop's 48 hours end ROUND_MEDICAL_LIMIT opens while its manifest
 *                       still waits for the round
 */
@ConfigurationProperties("haztrail.collection-rounds")
public record RoundAlertProperties(@DefaultValue("PT6H") Duration medicalWarning) {
}
