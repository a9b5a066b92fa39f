package cn.haztrail.manifest.command;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.manifest.api.*;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.manifest.command.ManifestFixtures.*;
import static cn.haztrail.support.Refusals.refused;

class TransferManifestTest {

    private AggregateTestFixture<TransferManifest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TransferManifest.class);
        fixture.registerInjectableResource(TestReferenceData.calendar());
        fixture.registerInjectableResource(TestStepTimes.notUnderTest());
        fixture.registerInjectableResource(new ReceiptPolicy(new BigDecimal("0.05")));
    }

    @Test
    void R10_a_draft_names_consignor_receiver_carriers_and_lines() {
        fixture.givenNoPriorActivity()
                .when(draft(List.of(CARRIER_1), "360222", null))
                .expectEvents(drafted(List.of(CARRIER_1)));
    }

    @Test
    void R10_a_draft_needs_a_carrier() {
        fixture.givenNoPriorActivity()
                .when(draft(List.of(), "360222", null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R10", "carrierIds"));
    }

    @Test
    void R14_a_cross_province_draft_needs_an_approval() {
        fixture.givenNoPriorActivity()
                .when(draft(List.of(CARRIER_1), "440306", null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "approvalId"));
    }

    @Test
    void R11_submission_assigns_the_number() {
        fixture.given(drafted(List.of(CARRIER_1)))
                .when(new SubmitManifest(MANIFEST, "20263602000007", null, SUBMITTED_AT, null))
                .expectEvents(new ManifestSubmitted(MANIFEST, "20263602000007", SUBMITTED_AT, null));
    }

    @Test
    void R11_a_manifest_is_submitted_once() {
        fixture.given(drafted(List.of(CARRIER_1)), new ManifestSubmitted(MANIFEST, "20263602000007", null, null))
                .when(new SubmitManifest(MANIFEST, "20263602000008", null, null, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R11", "status"));
    }

    @Test
    void R12_a_submitted_manifest_can_be_cancelled() {
        fixture.given(drafted(List.of(CARRIER_1)), new ManifestSubmitted(MANIFEST, "20263602000007", null, null))
                .when(new CancelManifest(MANIFEST, "改期", null, SUBMITTED_AT.plusSeconds(60), null))
                .expectEvents(new ManifestCancelled(MANIFEST, "改期", SUBMITTED_AT.plusSeconds(60), null));
    }

    @Test
    void R12_a_manifest_cannot_be_cancelled_after_pickup() {
        fixture.given(inTransit(CARRIER_1))
                .when(new CancelManifest(MANIFEST, "改期", null, null, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R12", "status"));
    }

    @Test
    void R13_the_named_carrier_picks_up_when_the_labels_match() {
        Instant at = Instant.parse("2026-09-17T01:00:00Z");
        fixture.given(drafted(List.of(CARRIER_1)), new ManifestSubmitted(MANIFEST, "20263602000007", null, null))
                .when(new ConfirmPickup(MANIFEST, CARRIER_1, "赣H12345", null, List.of(LABEL_B, LABEL_A), at, null, null))
                .expectEvents(new ManifestPickedUp(MANIFEST, CARRIER_1, "赣H12345", null, at, null));
    }

    @Test
    void R13_a_label_mismatch_refuses_loading_and_is_recorded() {
        fixture.given(drafted(List.of(CARRIER_1)), new ManifestSubmitted(MANIFEST, "20263602000007", null, null))
                .when(new ConfirmPickup(MANIFEST, CARRIER_1, "赣H12345", null, List.of(LABEL_A, "X"), Instant.now(), null, null))
                .expectEvents(new LoadingRefused(MANIFEST, CARRIER_1, List.of(LABEL_B), List.of("X")))
                .expectResultMessagePayload(new LabelCheck(List.of(LABEL_B), List.of("X")));
    }

    @Test
    void R13_a_draft_cannot_be_picked_up() {
        fixture.given(drafted(List.of(CARRIER_1)))
                .when(new ConfirmPickup(MANIFEST, CARRIER_1, "赣H12345", null, List.of(LABEL_A, LABEL_B), Instant.now(), null, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R13", "status"));
    }

    @Test
    void R13_only_the_first_named_carrier_picks_up() {
        fixture.given(drafted(List.of(CARRIER_1, CARRIER_2)), new ManifestSubmitted(MANIFEST, "20263602000007", null, null))
                .when(new ConfirmPickup(MANIFEST, CARRIER_2, "赣H12345", null, List.of(LABEL_A, LABEL_B), Instant.now(), null, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R13", "carrierId"));
    }

    @Test
    void R15_a_handover_is_offered_to_the_next_carrier_only() {
        fixture.given(inTransit(CARRIER_1, CARRIER_2))
                .when(new OfferHandover(MANIFEST, CARRIER_1, CARRIER_1, Instant.now(), null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R15", "toCarrierId"));
    }

    @Test
    void R15_custody_moves_when_the_next_carrier_confirms_the_handover() {
        Instant at = Instant.parse("2026-09-17T05:00:00Z");
        Object[] transit = inTransit(CARRIER_1, CARRIER_2);
        fixture.given(transit[0], transit[1], transit[2], new HandoverOffered(MANIFEST, CARRIER_1, CARRIER_2, at, null))
                .when(new AcceptHandover(MANIFEST, CARRIER_2, "赣A88888", at, null))
                .expectEvents(new HandoverCompleted(MANIFEST, CARRIER_1, CARRIER_2, "赣A88888", at, null));
    }

    @Test
    void R15_the_next_carrier_cannot_take_over_without_an_offer() {
        fixture.given(inTransit(CARRIER_1, CARRIER_2))
                .when(new AcceptHandover(MANIFEST, CARRIER_2, "赣A88888", Instant.now(), null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R15", "toCarrierId"));
    }

    @Test
    void R15_only_the_last_carrier_delivers() {
        fixture.given(inTransit(CARRIER_1, CARRIER_2))
                .when(new ConfirmArrival(MANIFEST, CARRIER_1, FRIDAY_ARRIVAL, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R15", "carrierId"));
    }

    @Test
    void R16_arrival_on_a_friday_is_due_after_five_working_days_counting_the_make_up_sunday() {
        fixture.given(inTransit(CARRIER_1))
                .when(new ConfirmArrival(MANIFEST, CARRIER_1, FRIDAY_ARRIVAL, null))
                .expectEvents(new ManifestArrived(MANIFEST, CARRIER_1, FRIDAY_ARRIVAL,
                        Instant.parse("2026-09-24T16:00:00Z"), null))
                .expectScheduledDeadlineWithName(Instant.parse("2026-09-24T16:00:00Z"), TransferManifest.RECEIPT_DEADLINE);
    }

    @Test
    void R16_no_overdue_on_the_last_day_across_a_weekend() {
        Instant thursday = Instant.parse("2026-11-19T02:00:00Z");
        fixture.given(inTransit(CARRIER_1))
                .andGivenCurrentTime(thursday)
                .andGivenCommands(new ConfirmArrival(MANIFEST, CARRIER_1, thursday, null))
                .whenThenTimeAdvancesTo(Instant.parse("2026-11-26T15:59:00Z"))
                .expectNoEvents();
    }

    @Test
    void R16_receipt_is_overdue_after_five_working_days_across_a_weekend() {
        Instant thursday = Instant.parse("2026-11-19T02:00:00Z");
        fixture.given(inTransit(CARRIER_1))
                .andGivenCurrentTime(thursday)
                .andGivenCommands(new ConfirmArrival(MANIFEST, CARRIER_1, thursday, null))
                .whenThenTimeAdvancesTo(Instant.parse("2026-11-26T16:01:00Z"))
                .expectEvents(new ReceiptOverdue(MANIFEST, RECEIVER, Instant.parse("2026-11-26T16:00:00Z")));
    }

    @Test
    void R16_the_national_day_holiday_does_not_count() {
        Instant beforeHoliday = Instant.parse("2026-09-30T02:00:00Z");
        fixture.given(inTransit(CARRIER_1))
                .andGivenCurrentTime(beforeHoliday)
                .andGivenCommands(new ConfirmArrival(MANIFEST, CARRIER_1, beforeHoliday, null))
                .whenThenTimeAdvancesTo(Instant.parse("2026-10-13T15:59:00Z"))
                .expectNoEvents();
    }

    @Test
    void R16_after_the_national_day_holiday_the_receipt_is_overdue() {
        Instant beforeHoliday = Instant.parse("2026-09-30T02:00:00Z");
        fixture.given(inTransit(CARRIER_1))
                .andGivenCurrentTime(beforeHoliday)
                .andGivenCommands(new ConfirmArrival(MANIFEST, CARRIER_1, beforeHoliday, null))
                .whenThenTimeAdvancesTo(Instant.parse("2026-10-13T16:01:00Z"))
                .expectEvents(new ReceiptOverdue(MANIFEST, RECEIVER, Instant.parse("2026-10-13T16:00:00Z")));
    }

    @Test
    void R16_a_manifest_received_in_time_is_never_overdue() {
        Instant thursday = Instant.parse("2026-11-19T02:00:00Z");
        fixture.given(inTransit(CARRIER_1))
                .andGivenCurrentTime(thursday)
                .andGivenCommands(new ConfirmArrival(MANIFEST, CARRIER_1, thursday, null),
                        new ConfirmReceipt(MANIFEST, RECEIVER, List.of(accept(BATCH_A, "1000", 5), accept(BATCH_B, "200", 10)),
                                Instant.parse("2026-11-20T02:00:00Z"), null, null))
                .whenThenTimeAdvancesTo(Instant.parse("2026-11-30T00:00:00Z"))
                .expectNoEvents();
    }

    @Test
    void R17_a_quantity_within_five_percent_is_no_discrepancy() {
        fixture.given(arrived())
                .when(new ConfirmReceipt(MANIFEST, RECEIVER, List.of(accept(BATCH_A, "960", 5), accept(BATCH_B, "200", 10)),
                        Instant.parse("2026-09-21T02:00:00Z"), null, null))
                .expectEvents(new ManifestReceived(MANIFEST, RECEIVER, List.of(
                        new LineOutcome(BATCH_A, LineDecision.ACCEPT, Quantity.kg("960"), "D10", List.of(), null, null,
                                "900-249-08"),
                        new LineOutcome(BATCH_B, LineDecision.ACCEPT, Quantity.kg("200"), "D10", List.of(), null, null,
                                "900-041-49")),
                        ReceiptOutcome.ACCEPTED, Instant.parse("2026-09-21T02:00:00Z"), false, null,
                        ManifestKind.TRANSFER, null));
    }

    @Test
    void R17_a_quantity_off_by_more_than_five_percent_and_a_missing_container_are_recorded() {
        fixture.given(arrived())
                .when(new ConfirmReceipt(MANIFEST, RECEIVER, List.of(accept(BATCH_A, "940", 4), accept(BATCH_B, "200", 10)),
                        Instant.parse("2026-09-21T02:00:00Z"), null, null))
                .expectEvents(
                        new DiscrepancyRecorded(MANIFEST, BATCH_A, List.of(DiscrepancyKind.QUANTITY, DiscrepancyKind.PACKAGING),
                                Quantity.kg("1000"), Quantity.kg("940"), 5, 4, null),
                        new ManifestReceived(MANIFEST, RECEIVER, List.of(
                                new LineOutcome(BATCH_A, LineDecision.ACCEPT, Quantity.kg("940"), "D10",
                                        List.of(DiscrepancyKind.QUANTITY, DiscrepancyKind.PACKAGING), null, null, "900-249-08"),
                                new LineOutcome(BATCH_B, LineDecision.ACCEPT, Quantity.kg("200"), "D10", List.of(), null, null,
                                "900-041-49")),
                                ReceiptOutcome.ACCEPTED, Instant.parse("2026-09-21T02:00:00Z"), false, null,
                        ManifestKind.TRANSFER, null));
    }

    @Test
    void R17_every_line_must_be_stated() {
        fixture.given(arrived())
                .when(new ConfirmReceipt(MANIFEST, RECEIVER, List.of(accept(BATCH_A, "1000", 5)), Instant.now(), null, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R17", "lines"));
    }

    @Test
    void R17_the_check_before_the_holds_refuses_what_the_receipt_would_and_stores_nothing() {
        fixture.given(arrived())
                .when(new CheckReceipt(MANIFEST, RECEIVER, List.of(accept(BATCH_A, "1000", 5)), Instant.now(), null, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R17", "lines"));
    }

    @Test
    void R17_a_receipt_the_manifest_would_take_passes_the_check_and_stores_nothing() {
        fixture.given(arrived())
                .when(new CheckReceipt(MANIFEST, RECEIVER, List.of(accept(BATCH_A, "1000", 5), accept(BATCH_B, "200", 10)),
                        Instant.parse("2026-09-21T02:00:00Z"), null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void R18_one_line_rejected_makes_a_partial_acceptance() {
        Instant late = Instant.parse("2026-09-28T02:00:00Z");
        fixture.given(arrived())
                .when(new ConfirmReceipt(MANIFEST, RECEIVER, List.of(accept(BATCH_A, "1000", 5), reject(BATCH_B, 10)),
                        late, null, null))
                .expectEvents(
                        new DiscrepancyRecorded(MANIFEST, BATCH_B, List.of(DiscrepancyKind.NAME), Quantity.kg("200"),
                                null, 10, 10, "不符"),
                        new ManifestReceived(MANIFEST, RECEIVER, List.of(
                                new LineOutcome(BATCH_A, LineDecision.ACCEPT, Quantity.kg("1000"), "D10", List.of(), null, null,
                                "900-249-08"),
                                new LineOutcome(BATCH_B, LineDecision.REJECT, null, null, List.of(DiscrepancyKind.NAME), "不符",
                                        null, "900-041-49")),
                                ReceiptOutcome.PARTIALLY_ACCEPTED, late, true, null, ManifestKind.TRANSFER, null));
    }

    @Test
    void R18_a_follow_on_manifest_is_linked_to_a_manifest_with_rejected_waste() {
        UUID followOn = UUID.fromString("00000000-0000-0000-0000-0000000f0001");
        Object[] arrived = arrived();
        fixture.given(arrived[0], arrived[1], arrived[2], arrived[3], rejectedReceipt())
                .when(new LinkFollowOn(MANIFEST, followOn, ManifestKind.RETURN))
                .expectEvents(new FollowOnLinked(MANIFEST, followOn, ManifestKind.RETURN));
    }

    @Test
    void R18_a_follow_on_is_linked_once_however_often_the_process_repeats_the_link() {
        UUID followOn = UUID.fromString("00000000-0000-0000-0000-0000000f0001");
        Object[] arrived = arrived();
        fixture.given(arrived[0], arrived[1], arrived[2], arrived[3], rejectedReceipt(),
                        new FollowOnLinked(MANIFEST, followOn, ManifestKind.RETURN))
                .when(new LinkFollowOn(MANIFEST, followOn, ManifestKind.RETURN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void R18_no_follow_on_may_carry_waste_from_a_manifest_whose_receipt_accepted_all_of_it() {
        Object[] arrived = arrived();
        fixture.given(arrived[0], arrived[1], arrived[2], arrived[3], new ManifestReceived(MANIFEST, RECEIVER, List.of(
                        new LineOutcome(BATCH_A, LineDecision.ACCEPT, Quantity.kg("1000"), "D10", List.of(), null)),
                        ReceiptOutcome.ACCEPTED, Instant.parse("2026-09-21T02:00:00Z"), false, null))
                .when(new CheckFollowOn(MANIFEST))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R18", "previousManifestId"));
    }

    @Test
    void R18_asking_whether_a_follow_on_may_carry_rejected_waste_stores_nothing() {
        Object[] arrived = arrived();
        fixture.given(arrived[0], arrived[1], arrived[2], arrived[3], rejectedReceipt())
                .when(new CheckFollowOn(MANIFEST))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static ManifestReceived rejectedReceipt() {
        return new ManifestReceived(MANIFEST, RECEIVER, List.of(
                new LineOutcome(BATCH_A, LineDecision.REJECT, null, null, List.of(), null)),
                ReceiptOutcome.REJECTED, Instant.parse("2026-09-21T02:00:00Z"), false, null);
    }

}
