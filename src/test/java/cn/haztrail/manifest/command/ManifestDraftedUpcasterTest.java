package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.ManifestDrafted;
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
 * A draft of revision 1, as the previous version stored it (its approved JSON, kept under
 * src/test/resources/upcasting), reads as revision 2 with everything it said and no exempt line (R37): every line
 * stays under the receiver's licence.
 */
class ManifestDraftedUpcasterTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void R23_a_revision_1_draft_reads_unchanged_without_exempt_lines() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/upcasting/ManifestDrafted-revision-1.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var entry = new GenericDomainEventEntry<>("TransferManifest", "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", 0,
                "0d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", Instant.parse("2026-11-25T00:30:01Z"),
                ManifestDrafted.class.getName(), "1", json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcasted = new ManifestDraftedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        ManifestDrafted draft = serializer.deserialize(upcasted.get(0).getData());

        assertThat(upcasted.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(draft.plannedMethod()).isEqualTo("D10");
        assertThat(draft.lines()).hasSize(1);
        assertThat(draft.exemptLines()).isEmpty();
    }
}
