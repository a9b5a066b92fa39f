package cn.haztrail.feed;

import cn.haztrail.shared.security.api.AccountLocked;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed and webhooks ask every stored event for its audience, including events no aggregate applied. */
class EventAudienceTest {

    @Test
    void an_event_without_an_aggregate_is_for_nobody() {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");
        // How the event store hands back a published event: no type, its own id as the stream.
        var stored = new GenericDomainEventMessage<>(null, UUID.randomUUID().toString(), 0,
                new AccountLocked(UUID.randomUUID().toString(), now.plusSeconds(900), 5, now));

        assertThat(new EventAudience(null).of(stored)).isEqualTo(Audience.NOBODY);
    }
}
