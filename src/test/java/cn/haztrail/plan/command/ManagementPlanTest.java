package cn.haztrail.plan.command;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.plan.api.AmendPlan;
import cn.haztrail.plan.api.FilePlan;
import cn.haztrail.plan.api.PlanAmended;
import cn.haztrail.plan.api.PlanContents;
import cn.haztrail.plan.api.PlanFiled;
import cn.haztrail.plan.api.PlanFilingRecorded;
import cn.haztrail.plan.api.PlanIds;
import cn.haztrail.plan.api.PlanLine;
import cn.haztrail.plan.api.PlanReturned;
import cn.haztrail.plan.api.PlannedReceiver;
import cn.haztrail.plan.api.RecordPlanFiling;
import cn.haztrail.plan.api.ReturnPlan;
import cn.haztrail.plan.api.StorageFacility;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static cn.haztrail.support.Refusals.refused;

/** R30: filing a management plan, amending it, and the regulator's recording or return. */
class ManagementPlanTest {

    private static final UUID PLANT = UUID.fromString("538fd8a0-259c-36ba-86a8-b09e6c110c02");
    private static final UUID CENTRE = UUID.fromString("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
    private static final UUID CARRIER = UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    private static final UUID OTHER = UUID.fromString("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a");
    private static final UUID PLAN = PlanIds.of(PLANT, 2026);
    private static final Instant FILED_AT = Instant.parse("2026-01-10T02:00:00Z");
    private static final Instant ANSWERED_AT = Instant.parse("2026-01-20T02:00:00Z");

    private AggregateTestFixture<ManagementPlan> fixture;

    @BeforeEach
    void setUp() {
        Map<UUID, PlanParties.Party> parties = Map.of(
                PLANT, new PlanParties.Party("360203", Set.of("PRODUCER")),
                CENTRE, new PlanParties.Party("360222", Set.of("RECEIVER")),
                CARRIER, new PlanParties.Party("360203", Set.of("CARRIER")));
        fixture = new AggregateTestFixture<>(ManagementPlan.class);
        fixture.registerInjectableResource(TestStepTimes.notUnderTest());
        fixture.registerInjectableResource(TestReferenceData.regionDirectory());
        fixture.registerInjectableResource(new PlanPolicy(TestReferenceData.wasteCatalogue(),
                TestReferenceData.methodCatalogue(), id -> Optional.ofNullable(parties.get(id))));
    }

    private static PlanContents contents(String code, String tonnes, UUID receiver, String method) {
        return new PlanContents(List.of(new PlanLine(code, new BigDecimal(tonnes))),
                List.of(new StorageFacility("危废暂存间", "厂区东北角", new BigDecimal("30"))),
                List.of(new PlannedReceiver(receiver, method)), "改进清洗工艺，减少废矿物油产生");
    }

    private static PlanContents contents() {
        return contents("900-249-08", "10", CENTRE, "D10");
    }

    private static PlanFiled filed() {
        return new PlanFiled(PLAN, PLANT, "360203", 2026, 1, contents(), FILED_AT);
    }

    private static FilePlan file(PlanContents contents) {
        return new FilePlan(PLAN, PLANT, 2026, contents, FILED_AT);
    }

    private static RecordPlanFiling record(String jurisdiction) {
        return new RecordPlanFiling(PLAN, "赣危废计备〔2026〕001号", jurisdiction, null, ANSWERED_AT);
    }

    @Test
    void R30_a_producer_files_version_1_of_its_plan_in_canonical_form() {
        fixture.givenNoPriorActivity()
                .when(file(contents("900-249-08", "10", CENTRE, "d10")))
                .expectEvents(filed());
    }

    @Test
    void R30_one_plan_per_producer_and_year_a_second_filing_is_an_amendment() {
        fixture.given(filed())
                .when(file(contents()))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R30", "year"));
    }

    @Test
    void R30_every_code_is_in_the_catalogue() {
        fixture.givenNoPriorActivity()
                .when(file(contents("900-043-49", "10", CENTRE, "D10")))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R30", "lines[0].wasteCode"));
    }

    @Test
    void R30_expected_tonnes_are_positive() {
        fixture.givenNoPriorActivity()
                .when(file(contents("900-249-08", "0", CENTRE, "D10")))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R30", "lines[0].expectedTonnes"));
    }

    @Test
    void R30_the_year_is_the_current_the_next_or_the_last() {
        fixture.givenNoPriorActivity()
                .when(new FilePlan(PlanIds.of(PLANT, 2029), PLANT, 2029, contents(), FILED_AT))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R30", "year"));
    }

    @Test
    void R30_a_planned_receiver_is_a_registered_receiver() {
        fixture.givenNoPriorActivity()
                .when(file(contents("900-249-08", "10", CARRIER, "D10")))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R30", "receivers[0].receiverId"));
    }

    @Test
    void R30_a_planned_method_is_a_known_code() {
        fixture.givenNoPriorActivity()
                .when(file(contents("900-249-08", "10", CENTRE, "D99")))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R30", "receivers[0].methodCode"));
    }

    @Test
    void R30_only_the_producer_amends_its_plan() {
        fixture.given(filed())
                .when(new AmendPlan(PLAN, OTHER, contents(), null, ANSWERED_AT))
                .expectNoEvents()
                .expectException(refused(RefusalReason.FORBIDDEN, "R30", "producerId"));
    }

    @Test
    void R30_a_regulator_whose_jurisdiction_holds_the_producer_records_the_filing() {
        fixture.given(filed())
                .when(record("360200"))
                .expectEvents(new PlanFilingRecorded(PLAN, PLANT, 2026, 1, "赣危废计备〔2026〕001号", "360200",
                        ANSWERED_AT));
    }

    @Test
    void R30_a_regulator_of_another_region_neither_records_nor_returns() {
        fixture.given(filed())
                .when(record("360900"))
                .expectNoEvents()
                .expectException(refused(RefusalReason.FORBIDDEN, "R30", "jurisdiction"));
        fixture.given(filed())
                .when(new ReturnPlan(PLAN, "数量不实", "440000", null, ANSWERED_AT))
                .expectNoEvents()
                .expectException(refused(RefusalReason.FORBIDDEN, "R30", "jurisdiction"));
    }

    @Test
    void R30_a_recorded_plan_is_not_recorded_twice() {
        fixture.given(filed(), new PlanFilingRecorded(PLAN, PLANT, 2026, 1, "赣危废计备〔2026〕001号", "360200",
                        ANSWERED_AT))
                .when(record("360000"))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R30", "version"));
    }

    @Test
    void R30_a_returned_version_is_not_recorded_until_amended() {
        fixture.given(filed(), new PlanReturned(PLAN, PLANT, 2026, 1, "未列明贮存设施容量", "360200", ANSWERED_AT))
                .when(record("360200"))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R30", "version"));
    }

    @Test
    void R30_a_return_states_its_reasons() {
        fixture.given(filed())
                .when(new ReturnPlan(PLAN, " ", "360200", null, ANSWERED_AT))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R30", "reasons"));
    }

    @Test
    void R30_an_amendment_after_recording_is_a_new_version_that_needs_recording_again() {
        PlanContents more = contents("900-249-08", "12", CENTRE, "D10");
        fixture.given(filed(), new PlanFilingRecorded(PLAN, PLANT, 2026, 1, "赣危废计备〔2026〕001号", "360200",
                        ANSWERED_AT),
                        new PlanAmended(PLAN, PLANT, 2026, 2, more, ANSWERED_AT))
                .when(new RecordPlanFiling(PLAN, "赣危废计备〔2026〕002号", "360200", null, ANSWERED_AT))
                .expectEvents(new PlanFilingRecorded(PLAN, PLANT, 2026, 2, "赣危废计备〔2026〕002号", "360200",
                        ANSWERED_AT));
    }

    @Test
    void R30_the_producer_amends_a_returned_plan_as_version_2() {
        PlanContents more = contents("900-249-08", "12", CENTRE, "D10");
        fixture.given(filed(), new PlanReturned(PLAN, PLANT, 2026, 1, "未列明贮存设施容量", "360200", ANSWERED_AT))
                .when(new AmendPlan(PLAN, PLANT, more, null, ANSWERED_AT))
                .expectEvents(new PlanAmended(PLAN, PLANT, 2026, 2, more, ANSWERED_AT));
    }
}
