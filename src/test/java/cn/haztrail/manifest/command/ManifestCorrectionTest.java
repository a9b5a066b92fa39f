package cn.haztrail.manifest.command;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.manifest.api.*;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.haztrail.manifest.command.ManifestFixtures.*;
import static cn.haztrail.support.Refusals.refused;

/** Corrections of a signed manifest (R20). */
class ManifestCorrectionTest {

    private AggregateTestFixture<TransferManifest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TransferManifest.class);
        fixture.registerInjectableResource(TestReferenceData.calendar());
        fixture.registerInjectableResource(TestStepTimes.notUnderTest());
        fixture.registerInjectableResource(new ReceiptPolicy(new BigDecimal("0.05")));
    }

    private static final Instant DECIDED_AT = Instant.parse("2026-09-17T02:00:00Z");

    @Test
    void R20_a_correction_applies_only_when_every_other_party_approved() {
        UUID correction = UUID.fromString("00000000-0000-0000-0000-0000000c0001");
        List<FieldChange> changes = List.of(new FieldChange("vehiclePlate", "赣H12345", "赣H67890"));
        fixture.given(drafted(List.of(CARRIER_1)), new ManifestSubmitted(MANIFEST, "20263602000007", null, null),
                        new CorrectionProposed(MANIFEST, correction, CONSIGNOR, changes, "换车",
                                List.of(CARRIER_1, RECEIVER), null, null),
                        new CorrectionApproved(MANIFEST, correction, CARRIER_1, null, null))
                .when(new ApproveCorrection(MANIFEST, correction, RECEIVER, DECIDED_AT, null))
                .expectEvents(new CorrectionApproved(MANIFEST, correction, RECEIVER, DECIDED_AT, null),
                        new CorrectionApplied(MANIFEST, correction, changes));
    }

    @Test
    void R20_a_proposal_keeps_the_old_and_new_values() {
        UUID correction = UUID.fromString("00000000-0000-0000-0000-0000000c0001");
        fixture.given(drafted(List.of(CARRIER_1)), new ManifestSubmitted(MANIFEST, "20263602000007", null, null))
                .when(new ProposeCorrection(MANIFEST, correction, CONSIGNOR, Map.of("vehiclePlate", "赣H67890"), "换车", DECIDED_AT, null))
                .expectEvents(new CorrectionProposed(MANIFEST, correction, CONSIGNOR,
                        List.of(new FieldChange("vehiclePlate", "赣H12345", "赣H67890")), "换车",
                        sorted(CARRIER_1, RECEIVER), DECIDED_AT, null));
    }

    @Test
    void R20_a_draft_is_not_corrected() {
        fixture.given(drafted(List.of(CARRIER_1)))
                .when(new ProposeCorrection(MANIFEST, UUID.randomUUID(), CONSIGNOR, Map.of("vehiclePlate", "赣H67890"), "x", null, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R20", "manifestId"));
    }

    @Test
    void R20_the_proposer_does_not_approve_its_own_correction() {
        UUID correction = UUID.fromString("00000000-0000-0000-0000-0000000c0001");
        fixture.given(drafted(List.of(CARRIER_1)), new ManifestSubmitted(MANIFEST, "20263602000007", null, null),
                        new CorrectionProposed(MANIFEST, correction, CONSIGNOR,
                                List.of(new FieldChange("vehiclePlate", "赣H12345", "赣H67890")), "换车",
                                List.of(CARRIER_1, RECEIVER), null, null))
                .when(new ApproveCorrection(MANIFEST, correction, CONSIGNOR, null, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R20", "approvedBy"));
    }

    private static List<UUID> sorted(UUID... ids) {
        return java.util.Arrays.stream(ids).sorted().toList();
    }
}
