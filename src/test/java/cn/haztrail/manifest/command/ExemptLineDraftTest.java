package cn.haztrail.manifest.command;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.manifest.api.DraftManifest;
import cn.haztrail.manifest.api.ExemptLine;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.manifest.command.ManifestFixtures.*;
import static cn.haztrail.support.Refusals.refused;

/** A draft's exempt lines (R37): lines of the manifest, named once; the draft event carries them. */
class ExemptLineDraftTest {

    private static final UUID EXEMPTION = UUID.fromString("3c8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");

    private AggregateTestFixture<TransferManifest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TransferManifest.class);
        fixture.registerInjectableResource(TestReferenceData.calendar());
        fixture.registerInjectableResource(TestStepTimes.notUnderTest());
        fixture.registerInjectableResource(new ReceiptPolicy(new BigDecimal("0.05")));
    }

    private static DraftManifest draft(List<ExemptLine> exemptLines) {
        return new DraftManifest(MANIFEST, ManifestKind.TRANSFER, CONSIGNOR, "360203", RECEIVER, "360222",
                List.of(CARRIER_1), "赣H12345", LocalDate.of(2026, 9, 17), List.of(LINE_A, LINE_B), "R9", null, "围堵",
                null, DRAFTED_AT, null, exemptLines);
    }

    @Test
    void R37_a_draft_carries_its_exempt_lines() {
        List<ExemptLine> exempt = List.of(new ExemptLine(LINE_A.batchId(), EXEMPTION));

        fixture.givenNoPriorActivity()
                .when(draft(exempt))
                .expectEvents(new ManifestDrafted(MANIFEST, ManifestKind.TRANSFER, CONSIGNOR, "360203", RECEIVER,
                        "360222", List.of(CARRIER_1), "赣H12345", LocalDate.of(2026, 9, 17), List.of(LINE_A, LINE_B),
                        "R9", null, "围堵", null, DRAFTED_AT, null, exempt));
    }

    @Test
    void R37_an_exempt_line_must_be_a_line_of_the_manifest() {
        fixture.givenNoPriorActivity()
                .when(draft(List.of(new ExemptLine(UUID.randomUUID(), EXEMPTION))))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R37", "exemptLines[0].batchId"));
    }

    @Test
    void R37_a_line_is_named_exempt_once() {
        fixture.givenNoPriorActivity()
                .when(draft(List.of(new ExemptLine(LINE_A.batchId(), EXEMPTION),
                        new ExemptLine(LINE_A.batchId(), EXEMPTION))))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R37", "exemptLines[1].batchId"));
    }
}
