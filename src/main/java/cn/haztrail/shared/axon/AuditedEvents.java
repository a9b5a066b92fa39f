package cn.haztrail.shared.axon;

import cn.haztrail.shared.security.Caller;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Publishes an event that no aggregate applies (the event store keeps it as a stream of its own), stamped with the
 * audit metadata commands give their events (R22): outside a command nothing else would stamp it. Published inside
 * the caller's transaction, the event is stored or rolled back with the caller's own writes.
 */
@Component
public class AuditedEvents {

    private final EventGateway events;

    AuditedEvents(EventGateway events) {
        this.events = events;
    }

    /** @param actor who did it; empty when HazTrail did it by itself */
    public void publish(Object event, Optional<Caller> actor, Instant businessTime) {
        events.publish(GenericEventMessage.asEventMessage(event).andMetaData(AuditMetadata.of(actor, businessTime)));
    }
}
