package cn.haztrail.feed.webhook;

import cn.haztrail.catalogue.RegionPrefix;
import cn.haztrail.feed.Audience;
import cn.haztrail.feed.EventAudience;
import cn.haztrail.feed.EventPositions;
import cn.haztrail.feed.FeedItem;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/**
 * Queues a delivery per event and matching subscription, in the processor's own transaction, so that command handling
 * never waits for a subscriber. A delivery is unique per subscription and event (redelivery queues nothing new);
 * {@link DisallowReplay}: rebuilding projections never sends an event again.
 */
@Component
@ProcessingGroup(WebhookOutbox.GROUP)
@DisallowReplay
class WebhookOutbox {

    static final String GROUP = "webhooks";

    private final WebhookSubscriptions subscriptions;
    private final EventAudience audiences;
    private final EventPositions positions;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    WebhookOutbox(WebhookSubscriptions subscriptions, EventAudience audiences, EventPositions positions,
                  JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.subscriptions = subscriptions;
        this.audiences = audiences;
        this.positions = positions;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?>)) {
            return;
        }
        Audience audience = audiences.of(event);
        Long position = null;
        String body = null;
        for (WebhookSubscription subscription : subscriptions.findByActiveTrue()) {
            if (matches(subscription, audience)) {
                position = position != null ? position : positions.of(event);
                body = body != null ? body : json.writeValueAsString(FeedItem.of(event, position, json));
                jdbc.update("insert into webhook_delivery (id, subscription_id, event_id, position, body, attempts, "
                                + "status, next_attempt_at) values (?, ?, ?, ?, ?, 0, 'PENDING', ?) on conflict do nothing",
                        UUID.randomUUID(), subscription.id(), event.getIdentifier(), position, body,
                        Timestamp.from(clock.instant()));
            }
        }
    }

    private static boolean matches(WebhookSubscription subscription, Audience audience) {
        if (subscription.enterpriseId() != null) {
            return audience.enterprises().contains(subscription.enterpriseId());
        }
        String prefix = RegionPrefix.of(subscription.region());
        return audience.regions().stream().anyMatch(region -> region.startsWith(prefix));
    }
}
