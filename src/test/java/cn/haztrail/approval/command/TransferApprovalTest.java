package cn.haztrail.approval.command;

import cn.haztrail.approval.api.ApprovalQuantityDrawn;
import cn.haztrail.approval.api.ApprovalRecorded;
import cn.haztrail.approval.api.CheckApproval;
import cn.haztrail.approval.api.DrawOnApproval;
import cn.haztrail.approval.api.RecordApproval;
import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.registry.claims.ClaimedIdentifiers;
import cn.haztrail.registry.claims.IdentifierKind;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.haztrail.support.Refusals.refused;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** R14: recording a cross-province approval, checking a manifest against it, drawing on its quantity. */
class TransferApprovalTest {

    private static final UUID ID = UUID.fromString("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
    private static final UUID PLANT = UUID.fromString("538fd8a0-259c-36ba-86a8-b09e6c110c02");
    private static final UUID RECYCLER = UUID.fromString("7196e4a4-fc4c-3250-b037-02618d373ba5");
    private static final UUID CENTRE = UUID.fromString("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
    private static final UUID MANIFEST = UUID.fromString("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a");
    private static final String NUMBER = "赣环固审〔2026〕18号";
    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2027, 2, 28);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    private AggregateTestFixture<TransferApproval> fixture;
    private ClaimedIdentifiers claims;

    private static final Instant APPROVED_AT = Instant.parse("2026-02-26T01:00:00Z");

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TransferApproval.class);
        claims = mock(ClaimedIdentifiers.class);
        Map<UUID, String> provinces = Map.of(PLANT, "360000", RECYCLER, "440000", CENTRE, "360000");
        fixture.registerInjectableResource(claims);
        fixture.registerInjectableResource(TestStepTimes.notUnderTest());
        fixture.registerInjectableResource(new ApprovalTermsPolicy(TestReferenceData.wasteCatalogue(),
                TestReferenceData.methodCatalogue(), id -> Optional.ofNullable(provinces.get(id))));
    }

    private static RecordApproval record(List<String> codes, String method, String cap, LocalDate validTo) {
        return new RecordApproval(ID, NUMBER, PLANT, RECYCLER, codes, method, new BigDecimal(cap), FROM, validTo, APPROVED_AT);
    }

    private static RecordApproval record() {
        return record(List.of("900-249-08"), "R9", "500", TO);
    }

    private static ApprovalRecorded recorded() {
        return new ApprovalRecorded(ID, NUMBER, PLANT, RECYCLER, List.of("900-214-08", "900-249-08"), "R9",
                new BigDecimal("500"), FROM, TO, APPROVED_AT);
    }

    private static ApprovalQuantityDrawn drawn(String total) {
        return new ApprovalQuantityDrawn(ID, UUID.fromString("5e6f7a8b-9c0d-4e2f-9a4b-5c6d7e8f9a0b"),
                new BigDecimal(total), new BigDecimal(total));
    }

    private static CheckApproval check(List<String> codes, String method, String tonnes, LocalDate onDate) {
        return new CheckApproval(ID, PLANT, RECYCLER, codes, method, tonnes == null ? null : new BigDecimal(tonnes),
                onDate);
    }

    @Test
    void R14_an_approval_is_recorded_with_sorted_codes_and_the_catalogued_method() {
        fixture.givenNoPriorActivity()
                .when(new RecordApproval(ID, " " + NUMBER + " ", PLANT, RECYCLER,
                        List.of("900-249-08", "900-214-08", "900-249-08"), "r9", new BigDecimal("500"), FROM, TO, APPROVED_AT))
                .expectEvents(recorded());
    }

    @Test
    void R14_the_cap_must_be_positive() {
        fixture.givenNoPriorActivity()
                .when(record(List.of("900-249-08"), "R9", "0", TO))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "quantityCapTonnes"));
    }

    @Test
    void R14_an_approval_is_valid_for_at_most_12_months() {
        fixture.givenNoPriorActivity()
                .when(record(List.of("900-249-08"), "R9", "500", FROM.plusMonths(13)))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "validTo"));
    }

    @Test
    void R14_an_approval_ends_after_it_starts() {
        fixture.givenNoPriorActivity()
                .when(record(List.of("900-249-08"), "R9", "500", FROM))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "validTo"));
    }

    @Test
    void R14_every_code_is_in_the_current_catalogue() {
        fixture.givenNoPriorActivity()
                .when(record(List.of("900-249-08", "900-043-49"), "R9", "500", TO))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "wasteCodes[1]"));
    }

    @Test
    void R14_an_approval_names_at_least_one_code() {
        fixture.givenNoPriorActivity()
                .when(record(List.of(), "R9", "500", TO))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "wasteCodes"));
    }

    @Test
    void R14_the_method_is_a_known_code() {
        fixture.givenNoPriorActivity()
                .when(record(List.of("900-249-08"), "R99", "500", TO))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "methodCode"));
    }

    @Test
    void R14_consignor_and_receiver_in_one_province_need_no_approval() {
        fixture.givenNoPriorActivity()
                .when(new RecordApproval(ID, NUMBER, PLANT, CENTRE, List.of("900-249-08"), "R9",
                        new BigDecimal("500"), FROM, TO, APPROVED_AT))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "receiverId"));
    }

    @Test
    void R14_an_unregistered_consignor_is_not_found() {
        fixture.givenNoPriorActivity()
                .when(new RecordApproval(ID, NUMBER, UUID.randomUUID(), RECYCLER, List.of("900-249-08"), "R9",
                        new BigDecimal("500"), FROM, TO, APPROVED_AT))
                .expectException(refused(RefusalReason.NOT_FOUND, null, "consignorId"));
    }

    @Test
    void R14_an_approval_number_is_recorded_once() {
        when(claims.isClaimed(IdentifierKind.APPROVAL_NUMBER, NUMBER)).thenReturn(true);
        fixture.givenNoPriorActivity()
                .when(record())
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R14", "number"));
    }

    @Test
    void R14_a_covered_manifest_passes_the_check_and_learns_the_number() {
        fixture.given(recorded())
                .when(check(List.of("900-249-08", "900-214-08"), "R9", "500", MAY))
                .expectNoEvents()
                .expectResultMessagePayload(NUMBER);
    }

    @Test
    void R14_the_check_needs_the_approval_valid_that_day() {
        fixture.given(recorded())
                .when(check(List.of("900-249-08"), "R9", "1", TO.plusDays(1)))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "onDate"));
    }

    @Test
    void R14_the_check_needs_the_same_consignor() {
        fixture.given(recorded())
                .when(new CheckApproval(ID, CENTRE, RECYCLER, List.of("900-249-08"), "R9", null, MAY))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "consignorId"));
    }

    @Test
    void R14_the_check_needs_the_same_receiver() {
        fixture.given(recorded())
                .when(new CheckApproval(ID, PLANT, CENTRE, List.of("900-249-08"), "R9", null, MAY))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "receiverId"));
    }

    @Test
    void R14_the_check_needs_every_code_covered() {
        fixture.given(recorded())
                .when(check(List.of("900-249-08", "900-041-49"), null, null, MAY))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "wasteCodes[1]"));
    }

    @Test
    void R14_the_check_needs_the_approved_method_when_one_is_named() {
        fixture.given(recorded())
                .when(check(List.of("900-249-08"), "D10", null, MAY))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "methodCode"));
    }

    @Test
    void R14_the_check_needs_quantity_left() {
        fixture.given(recorded(), drawn("480"))
                .when(check(List.of("900-249-08"), "R9", "20.001", MAY))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "tonnes"));
    }

    @Test
    void R14_a_received_quantity_is_drawn_on_the_approval() {
        fixture.given(recorded(), drawn("480"))
                .when(new DrawOnApproval(ID, MANIFEST, new BigDecimal("20"), MAY))
                .expectEvents(new ApprovalQuantityDrawn(ID, MANIFEST, new BigDecimal("20"), new BigDecimal("500")));
    }

    @Test
    void R14_drawing_past_the_cap_is_refused() {
        fixture.given(recorded(), drawn("480"))
                .when(new DrawOnApproval(ID, MANIFEST, new BigDecimal("20.5"), MAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "tonnes"));
    }

    @Test
    void R14_drawing_outside_the_validity_is_refused() {
        fixture.given(recorded())
                .when(new DrawOnApproval(ID, MANIFEST, new BigDecimal("1"), FROM.minusDays(1)))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "onDate"));
    }

    @Test
    void R14_a_manifest_draws_once() {
        fixture.given(recorded(), new ApprovalQuantityDrawn(ID, MANIFEST, BigDecimal.ONE, BigDecimal.ONE))
                .when(new DrawOnApproval(ID, MANIFEST, BigDecimal.ONE, MAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R14", "manifestId"));
    }
}
