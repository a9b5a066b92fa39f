package cn.haztrail.backflow.command;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A chunk checks its records before it has its turn (ChunkTurns), so a custody process may append to a stream the
 * chunk goes on meanwhile, such as the manifest a follow-on links to.
 */
class BulkAppenderTest {

    private final EventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();

    @Test
    void a_chunk_continues_a_stream_after_the_event_a_process_appended_while_the_chunk_checked() {
        UUID manifest = UUID.randomUUID();
        store.publish(stored(manifest, 0, "drafted"));
        BulkAppender appender = new BulkAppender(store, List.of(), Map.of());
        appender.add(new PlannedEvent(PlannedEvent.MANIFEST, manifest, "corrected by the province",
                Instant.parse("2026-03-05T02:00:00Z")), "PROVINCE", "M1", UUID.randomUUID(), Instant.now());
        store.publish(stored(manifest, 1, "linked by a follow-on"));

        appender.publish();

        assertThat(store.readEvents(manifest.toString()).asStream().toList())
                .extracting(DomainEventMessage::getSequenceNumber, DomainEventMessage::getPayload)
                .containsExactly(tuple(0L, "drafted"), tuple(1L, "linked by a follow-on"),
                        tuple(2L, "corrected by the province"));
    }

    private static DomainEventMessage<String> stored(UUID manifest, long sequence, String payload) {
        return new GenericDomainEventMessage<>(PlannedEvent.MANIFEST, manifest.toString(), sequence, payload);
    }
}
