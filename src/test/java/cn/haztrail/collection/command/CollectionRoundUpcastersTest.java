package cn.haztrail.collection.command;

import cn.haztrail.collection.api.CollectionRoundCompleted;
import cn.haztrail.collection.api.CollectionRoundStopAdded;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round's events of revision 1, as the previous version stored them (their approved JSON, kept under
 * src/test/resources/upcasting), read as revision 2 with everything they said and nothing they did not.
 */
class CollectionRoundUpcastersTest {

    private static final UUID ROUND = UUID.fromString("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f");

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void R46_a_revision_1_stop_reads_with_its_medical_limit_unknown() throws IOException {
        CollectionRoundStopAdded stop = upcast(new CollectionRoundStopAddedUpcaster(),
                CollectionRoundStopAdded.class, "CollectionRoundStopAdded-revision-1.json");

        assertThat(stop.roundId()).isEqualTo(ROUND);
        assertThat(stop.stopNo()).isEqualTo(1);
        assertThat(stop.producerId()).isEqualTo(UUID.fromString("538fd8a0-259c-36ba-86a8-b09e6c110c02"));
        assertThat(stop.medicalLimitAt()).isNull();
    }

    @Test
    void R42_a_revision_1_completion_reads_with_no_stop_listed() throws IOException {
        CollectionRoundCompleted completed = upcast(new CollectionRoundCompletedUpcaster(),
                CollectionRoundCompleted.class, "CollectionRoundCompleted-revision-1.json");

        assertThat(completed.completedAt()).isEqualTo(Instant.parse("2026-11-25T09:45:00Z"));
        assertThat(completed.collected()).isEmpty();
        assertThat(completed.notCollected()).isEmpty();
    }

    private <T> T upcast(SingleEventUpcaster upcaster, Class<T> type, String file) throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/upcasting/" + file)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var entry = new GenericDomainEventEntry<>("CollectionRound", ROUND.toString(), 1,
                "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", Instant.parse("2026-11-25T00:30:01Z"),
                type.getName(), "1", json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcasted = upcaster
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcasted.get(0).getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcasted.get(0).getData());
    }
}
