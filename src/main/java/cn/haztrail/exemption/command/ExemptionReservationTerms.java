package cn.haztrail.exemption.command;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param expireAfter how long quantity held on an exemption for a receipt stays held when the receipt is neither
 *                    confirmed nor refused: the same setting as the approvals' and the licences' holds (default 30
 *                    minutes)
 */
@ConfigurationProperties("haztrail.reservations")
public record ExemptionReservationTerms(Duration expireAfter) {

    public ExemptionReservationTerms {
        expireAfter = expireAfter == null ? Duration.ofMinutes(30) : expireAfter;
    }
}
