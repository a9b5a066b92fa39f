package cn.haztrail.approval.command;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param expireAfter how long quantity held on an approval for a receipt stays held when the receipt is neither
 *                    confirmed nor refused (default 30 minutes, the same setting as the receiver's capacity holds)
 */
@ConfigurationProperties("haztrail.reservations")
public record DrawReservationTerms(Duration expireAfter) {

    public DrawReservationTerms {
        expireAfter = expireAfter == null ? Duration.ofMinutes(30) : expireAfter;
    }
}
