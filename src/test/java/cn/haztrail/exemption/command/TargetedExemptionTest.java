package cn.haztrail.exemption.command;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.exemption.api.ExemptionRecorded;
import cn.haztrail.exemption.api.ExemptionRevoked;
import cn.haztrail.exemption.api.RecordExemption;
import cn.haztrail.exemption.api.RevokeExemption;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.haztrail.support.Refusals.refused;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** R36: recording a targeted-utilization exemption and revoking it. */
class TargetedExemptionTest {

    static final UUID ID = UUID.fromString("8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e");
    static final UUID PLANT = UUID.fromString("538fd8a0-259c-36ba-86a8-b09e6c110c02");
    static final UUID RECYCLER = UUID.fromString("7196e4a4-fc4c-3250-b037-02618d373ba5");
    static final UUID CARRIER = UUID.fromString("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2027, 2, 28);
    static final Instant GRANTED_AT = Instant.parse("2026-02-26T01:00:00Z");

    private AggregateTestFixture<TargetedExemption> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TargetedExemption.class);
        Map<UUID, ExemptionParty> parties = Map.of(
                PLANT, new ExemptionParty(PLANT, "360203", "PRODUCER"),
                RECYCLER, new ExemptionParty(RECYCLER, "360902", "RECEIVER"),
                CARRIER, new ExemptionParty(CARRIER, "360203", "CARRIER"));
        ExemptionPartyTable table = mock(ExemptionPartyTable.class);
        when(table.findById(any())).thenAnswer(call -> Optional.ofNullable(parties.get(call.getArgument(0))));
        fixture.registerInjectableResource(TestStepTimes.notUnderTest());
        fixture.registerInjectableResource(new ExemptionTermsPolicy(TestReferenceData.wasteCatalogue(),
                TestReferenceData.methodCatalogue(), table));
    }

    static ExemptionRecorded recorded() {
        return new ExemptionRecorded(ID, PLANT, RECYCLER, "900-249-08", "R9", new BigDecimal("100"), FROM, TO,
                GRANTED_AT);
    }

    private static RecordExemption record(UUID utilizer, String code, String method, String cap, LocalDate validTo) {
        return new RecordExemption(ID, PLANT, utilizer, code, method, cap == null ? null : new BigDecimal(cap), FROM,
                validTo, GRANTED_AT);
    }

    @Test
    void R36_an_exemption_is_recorded_with_the_catalogued_method() {
        fixture.givenNoPriorActivity()
                .when(record(RECYCLER, " 900-249-08 ", "r9", "100", TO))
                .expectEvents(recorded());
    }

    @Test
    void R36_an_exemption_may_last_a_single_day() {
        fixture.givenNoPriorActivity()
                .when(record(RECYCLER, "900-249-08", "R9", "100", FROM))
                .expectEvents(new ExemptionRecorded(ID, PLANT, RECYCLER, "900-249-08", "R9", new BigDecimal("100"),
                        FROM, FROM, GRANTED_AT));
    }

    @Test
    void R36_the_utilizer_must_be_a_registered_receiver() {
        fixture.givenNoPriorActivity()
                .when(record(CARRIER, "900-249-08", "R9", "100", TO))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R36", "utilizerId"));
    }

    @Test
    void R36_an_unregistered_utilizer_is_not_found() {
        fixture.givenNoPriorActivity()
                .when(record(UUID.randomUUID(), "900-249-08", "R9", "100", TO))
                .expectNoEvents()
                .expectException(refused(RefusalReason.NOT_FOUND, null, "utilizerId"));
    }

    @Test
    void R36_the_method_must_be_a_utilization_method() {
        fixture.givenNoPriorActivity()
                .when(record(RECYCLER, "900-249-08", "D10", "100", TO))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R36", "methodCode"));
    }

    @Test
    void R36_the_waste_code_must_be_in_the_current_catalogue() {
        fixture.givenNoPriorActivity()
                .when(record(RECYCLER, "999-999-99", "R9", "100", TO))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R36", "wasteCode"));
    }

    @Test
    void R36_the_cap_must_be_positive() {
        fixture.givenNoPriorActivity()
                .when(record(RECYCLER, "900-249-08", "R9", "0", TO))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R36", "quantityCapTonnes"));
    }

    @Test
    void R36_an_exemption_cannot_end_before_it_starts() {
        fixture.givenNoPriorActivity()
                .when(record(RECYCLER, "900-249-08", "R9", "100", FROM.minusDays(1)))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R36", "validTo"));
    }

    @Test
    void R36_a_revocation_is_recorded_with_its_reason() {
        Instant at = Instant.parse("2026-06-01T02:00:00Z");
        fixture.given(recorded())
                .when(new RevokeExemption(ID, " 整改期间暂停 ", at))
                .expectEvents(new ExemptionRevoked(ID, "整改期间暂停", at));
    }

    @Test
    void R36_a_revocation_needs_a_reason() {
        fixture.given(recorded())
                .when(new RevokeExemption(ID, " ", null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R36", "reason"));
    }

    @Test
    void R36_an_exemption_is_revoked_once() {
        Instant at = Instant.parse("2026-06-01T02:00:00Z");
        fixture.given(recorded(), new ExemptionRevoked(ID, "整改", at))
                .when(new RevokeExemption(ID, "again", at))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R36", "exemptionId"));
    }
}
