package cn.haztrail.batch.command;

import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.batch.api.RepackKind;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repacking of revision 1, as the previous version stored it (its approved JSON, kept under
 * src/test/resources/upcasting), reads as revision 2 with everything it said and nothing taken from a part not
 * accepted: revision 1 did not say, and the holder's ledger counts it as it did when it was recorded.
 */
class BatchRepackedUpcasterTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void R39_a_revision_1_repacking_reads_unchanged_with_nothing_taken_from_a_part_not_accepted() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/upcasting/BatchRepacked-revision-1.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var entry = new GenericDomainEventEntry<>("WasteBatch", "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f", 0,
                "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b", Instant.parse("2026-11-26T05:00:01Z"),
                BatchRepacked.class.getName(), "1", json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcasted = new BatchRepackedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        BatchRepacked repacked = serializer.deserialize(upcasted.get(0).getData());

        assertThat(upcasted.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(repacked.kind()).isEqualTo(RepackKind.CONSOLIDATION);
        assertThat(repacked.quantity().tonnes()).isEqualByComparingTo("1.233");
        assertThat(repacked.loss().tonnes()).isEqualByComparingTo("0.005");
        assertThat(repacked.sources()).extracting(BatchShare::labelId, BatchShare::notAccepted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("91360200MA35G8XK2H9002490820261120001", null));
        assertThat(repacked.sources().get(0).heldTonnes()).isEqualByComparingTo("1.238");
        assertThat(repacked.notAcceptedSplitOff()).isFalse();
    }
}
