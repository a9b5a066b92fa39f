package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ReceiptOutcome;
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
 * A receipt of revision 1, as the previous version stored it (its approved JSON, kept under
 * src/test/resources/upcasting), reads as revision 2 with everything it said and nothing it did not: its kind,
 * approval and waste codes stay unknown, which tells the confirming processes that it admitted and drew itself.
 */
class ManifestReceivedUpcasterTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void R23_a_revision_1_receipt_reads_unchanged_with_kind_approval_and_codes_unknown() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/upcasting/ManifestReceived-revision-1.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var entry = new GenericDomainEventEntry<>("TransferManifest", "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", 9,
                "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", Instant.parse("2026-11-25T00:30:01Z"),
                ManifestReceived.class.getName(), "1", json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcasted = new ManifestReceivedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        ManifestReceived receipt = serializer.deserialize(upcasted.get(0).getData());

        assertThat(upcasted.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(receipt.outcome()).isEqualTo(ReceiptOutcome.PARTIALLY_ACCEPTED);
        assertThat(receipt.lines()).extracting(LineOutcome::decision, LineOutcome::methodCode, LineOutcome::wasteCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LineDecision.PARTIAL, "D10", null));
        assertThat(receipt.lines().get(0).acceptedQuantity().tonnes()).isEqualByComparingTo("1.1");
        assertThat(receipt.kind()).isNull();
        assertThat(receipt.approvalId()).isNull();
    }
}
