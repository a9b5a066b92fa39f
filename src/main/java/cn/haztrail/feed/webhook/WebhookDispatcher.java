package cn.haztrail.feed.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends due deliveries at least once: a 2xx marks one delivered; anything else is retried with exponential backoff
 * until {@code maxAttempts}, then marked FAILED for the subscriber to see. Each delivery is claimed with a
 * conditional update first, so several nodes never send the same attempt twice. A delivery of a deleted subscription
 * is CANCELLED, never sent; the target's addresses are checked at every attempt ({@link WebhookHttpClient}).
 */
@Component
class WebhookDispatcher {

    static final String POSITION_HEADER = "X-HazTrail-Position";
    static final String EVENT_HEADER = "X-HazTrail-Event";
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    private final JdbcTemplate jdbc;
    private final WebhookProperties properties;
    private final Clock clock;
    private final WebhookHttpClient http;

    WebhookDispatcher(JdbcTemplate jdbc, WebhookProperties properties, Clock clock, WebhookHttpClient http) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.http = http;
    }

    @Scheduled(fixedDelayString = "${haztrail.webhooks.poll-interval:PT1S}")
    void sendDue() {
        Instant now = clock.instant();
        for (DueDelivery delivery : due(now)) {
            if (!delivery.subscriptionActive()) {
                // queued by the outbox while its subscription was being deleted
                cancel(delivery.id());
            } else if (claim(delivery, now)) {
                send(delivery);
            }
        }
    }

    private List<DueDelivery> due(Instant now) {
        return jdbc.query("select d.id, s.url, s.secret, d.position, d.event_id, d.body, d.attempts, s.active "
                        + "from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id "
                        + "where d.status = 'PENDING' and d.next_attempt_at <= ? order by d.position limit " + BATCH,
                (rs, row) -> new DueDelivery(rs.getObject("id", UUID.class), rs.getString("url"),
                        rs.getString("secret"), rs.getLong("position"), rs.getString("event_id"),
                        rs.getString("body"), rs.getInt("attempts"), rs.getBoolean("active")), Timestamp.from(now));
    }

    /** Moves the next attempt out of reach of other nodes while this one sends. */
    private boolean claim(DueDelivery delivery, Instant now) {
        return jdbc.update("update webhook_delivery set next_attempt_at = ? where id = ? and attempts = ? "
                        + "and status = 'PENDING'", Timestamp.from(now.plus(properties.timeout().multipliedBy(2))),
                delivery.id(), delivery.attempts()) == 1;
    }

    private void send(DueDelivery delivery) {
        int attempts = delivery.attempts() + 1;
        try {
            int status = http.post(URI.create(delivery.url()), delivery.body(), Map.of(
                    WebhookSigner.HEADER, WebhookSigner.sign(delivery.secret(), delivery.body()),
                    POSITION_HEADER, Long.toString(delivery.position()),
                    EVENT_HEADER, delivery.eventId()));
            if (status / 100 == 2) {
                // also when its subscription was deleted while it was on its way: it did reach the subscriber
                jdbc.update("update webhook_delivery set status = 'DELIVERED', attempts = ?, delivered_at = ?, "
                        + "last_error = null where id = ?", attempts,
                        Timestamp.from(clock.instant()), delivery.id());
            } else {
                failed(delivery.id(), attempts, "HTTP " + status);
            }
        } catch (IOException | IllegalArgumentException e) {
            failed(delivery.id(), attempts, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void cancel(UUID id) {
        jdbc.update("update webhook_delivery set status = 'CANCELLED' where id = ? and status = 'PENDING'", id);
    }

    private void failed(UUID id, int attempts, String error) {
        boolean givenUp = attempts >= properties.maxAttempts();
        log.info("Webhook delivery {} failed (attempt {}): {}", id, attempts, error);
        jdbc.update("update webhook_delivery set status = ?, attempts = ?, last_error = ?, next_attempt_at = ? "
                        + "where id = ? and status = 'PENDING'", givenUp ? "FAILED" : "PENDING", attempts,
                error.length() > 500 ? error.substring(0, 500) : error,
                Timestamp.from(clock.instant().plus(properties.backoffAfter(attempts))), id);
    }
}
