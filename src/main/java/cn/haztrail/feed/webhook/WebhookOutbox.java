package cn.haztrail.feed.webhook;

import cn.haztrail.catalogue.RegionPrefix;
import cn.haztrail.feed.Audience;
import cn.haztrail.feed.EventAudience;
import cn.haztrail.feed.EventPositions;
import cn.haztrail.feed.FeedItem;
import cn.haztrail.shared.axon.ProcessingBatch;
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
import java.util.List;
import java.util.UUID;

/**
 * Queues a delivery per event and matching subscription, in the processor's own transaction, so that command handling
 * never waits for a subscriber. A delivery is unique per subscription and event (redelivery queues nothing new);
 * {@link DisallowReplay}: rebuilding projections never sends an event again. Runs in the feed's processor, which
 * reads the events once for both. With no active subscription an event costs nothing ({@link ActiveSubscriptions});
 * the deliveries of a processing batch are inserted together just before it commits.
 */
@Component
@ProcessingGroup(WebhookOutbox.GROUP)
@DisallowReplay
class WebhookOutbox {

    static final String GROUP = "feed";

    private record Delivery(UUID subscriptionId, String eventId, long position, String body, Timestamp queuedAt) {
    }

    private final ActiveSubscriptions subscriptions;
    private final EventAudience audiences;
    private final EventPositions positions;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    WebhookOutbox(ActiveSubscriptions subscriptions, EventAudience audiences, EventPositions positions,
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
        List<ActiveSubscriptions.Target> targets = subscriptions.current();
        if (targets.isEmpty() || !(event instanceof DomainEventMessage<?>)) {
            return;
        }
        Audience audience = audiences.of(event);
        Long position = null;
        String body = null;
        for (ActiveSubscriptions.Target target : targets) {
            if (matches(target, audience)) {
                position = position != null ? position : positions.of(event);
                body = body != null ? body : json.writeValueAsString(FeedItem.of(event, position, json));
                ProcessingBatch.writeBeforeCommit("webhook-deliveries", new Delivery(target.id(),
                        event.getIdentifier(), position, body, Timestamp.from(clock.instant())), this::insert);
            }
        }
    }

    private void insert(List<Delivery> deliveries) {
        jdbc.batchUpdate("insert into webhook_delivery (id, subscription_id, event_id, position, body, attempts, "
                        + "status, next_attempt_at) values (?, ?, ?, ?, ?, 0, 'PENDING', ?) on conflict do nothing",
                deliveries, deliveries.size(), (statement, delivery) -> {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setObject(2, delivery.subscriptionId());
                    statement.setString(3, delivery.eventId());
                    statement.setLong(4, delivery.position());
                    statement.setString(5, delivery.body());
                    statement.setTimestamp(6, delivery.queuedAt());
                });
    }

    private static boolean matches(ActiveSubscriptions.Target subscription, Audience audience) {
        if (subscription.enterpriseId() != null) {
            return audience.enterprises().contains(subscription.enterpriseId());
        }
        String prefix = RegionPrefix.of(subscription.region());
        return audience.regions().stream().anyMatch(region -> region.startsWith(prefix));
    }
}
