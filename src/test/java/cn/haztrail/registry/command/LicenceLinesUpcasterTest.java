package cn.haztrail.registry.command;

import cn.haztrail.registry.api.LicenceAmended;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceLine;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revision 1 of LicenceGranted and LicenceAmended (one scope, one method list), as the previous version stored them
 * (its approved JSON, kept under src/test/resources/upcasting), reads as lines with the same meaning.
 */
class LicenceLinesUpcasterTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    private Object upcast(Class<?> type, String json) {
        var entry = new GenericDomainEventEntry<>("Enterprise", "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f", 1,
                "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", Instant.parse("2026-11-23T08:15:30.123Z"), type.getName(), "1",
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcasted = new LicenceLinesUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcasted).hasSize(1);
        assertThat(upcasted.get(0).getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcasted.get(0).getData());
    }

    private static String revision1(String name) throws IOException {
        try (InputStream in = LicenceLinesUpcasterTest.class.getResourceAsStream("/upcasting/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void R03_a_revision_1_grant_reads_as_a_line_per_category_and_code_each_with_every_method() throws IOException {
        var granted = (LicenceGranted) upcast(LicenceGranted.class, revision1("LicenceGranted-revision-1.json"));

        assertThat(granted.lines()).containsExactly(
                new LicenceLine("HW08", List.of(), List.of("D10", "R9"), null),
                new LicenceLine("HW49", List.of("900-044-49"), List.of("D10", "R9"), null),
                new LicenceLine("900-041-49", List.of(), List.of("D10", "R9"), null));
        assertThat(granted.annualCapacityTonnes()).isEqualByComparingTo("30000");
        assertThat(granted.number()).isEqualTo("赣危废经字第360200001号");
    }

    @Test
    void R03_a_revision_1_amendment_reads_as_lines_and_its_capacity_as_the_total() throws IOException {
        var amended = (LicenceAmended) upcast(LicenceAmended.class, revision1("LicenceAmended-revision-1.json"));

        assertThat(amended.lines()).extracting(LicenceLine::scope).containsExactly("HW08", "HW49", "900-041-49");
        assertThat(amended.lines()).allSatisfy(line -> {
            assertThat(line.methods()).containsExactly("C1", "D10", "R9");
            assertThat(line.annualCapacityTonnes()).isNull();
        });
        assertThat(amended.annualCapacityTonnes()).isEqualByComparingTo(new BigDecimal("45000.5"));
        assertThat(amended.reason()).isEqualTo("扩建焚烧线");
    }

    @Test
    void R03_an_exact_code_that_revision_1_also_excluded_covered_nothing_and_gets_no_line() {
        var amended = (LicenceAmended) upcast(LicenceAmended.class, """
                {"enterpriseId":"6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f","licenceId":"1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d",
                 "scope":{"categories":["HW17"],"codes":["900-041-49"],"excludedCodes":["900-041-49"],"empty":false},
                 "methods":["D10"],"annualCapacityTonnes":100,"validTo":"2030-12-31","reason":"缩减"}""");

        assertThat(amended.lines()).containsExactly(new LicenceLine("HW17", List.of(), List.of("D10"), null));
        assertThat(amended.lines().get(0).covers("900-041-49")).isFalse();
    }
}
