package cn.haztrail.registry.command;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param expireAfter how long room held for a receipt stays held when the receipt is neither confirmed nor refused
 *                    (default 30 minutes; a receipt's steps take seconds, so only a stalled process reaches it)
 */
@ConfigurationProperties("haztrail.reservations")
public record AdmissionReservationTerms(Duration expireAfter) {

    public AdmissionReservationTerms {
        expireAfter = expireAfter == null ? Duration.ofMinutes(30) : expireAfter;
    }
}
