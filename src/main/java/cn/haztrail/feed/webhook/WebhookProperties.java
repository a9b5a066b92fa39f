package cn.haztrail.feed.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param pollInterval      how often due deliveries are sent
 * @param initialBackoff    the wait after the first failed attempt; it doubles per attempt up to {@code maxBackoff}
 * @param maxAttempts       after this many failures a delivery is marked FAILED and shown to its subscriber
 * @param allowLoopback     whether webhooks may reach loopback addresses (127.0.0.0/8, ::1): tests and local
 *                          development only; off by default, so that a webhook cannot reach the platform's own
 *                          machine. Every other non-public address stays refused even then.
 * @param subscriptionsMaxAge how long the outbox reuses its copy of the active subscriptions before reading them
 *                          again: the longest a subscription made on another node waits to get its first event
 *                          ({@link ActiveSubscriptions})
 */
@ConfigurationProperties("haztrail.webhooks")
public record WebhookProperties(@DefaultValue("PT1S") Duration pollInterval,
                                @DefaultValue("PT2S") Duration initialBackoff,
                                @DefaultValue("PT1H") Duration maxBackoff,
                                @DefaultValue("12") int maxAttempts,
                                @DefaultValue("PT5S") Duration timeout,
                                @DefaultValue("false") boolean allowLoopback,
                                @DefaultValue("PT1S") Duration subscriptionsMaxAge) {

    Duration backoffAfter(int attempts) {
        Duration backoff = initialBackoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
