package cn.haztrail.manifest.command;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.manifest.api.ConfirmArrival;
import cn.haztrail.manifest.api.ConfirmPickup;
import cn.haztrail.manifest.api.ConfirmReceipt;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.manifest.api.OfferHandover;
import cn.haztrail.manifest.api.SubmitManifest;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.time.SettableClock;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static cn.haztrail.manifest.command.ManifestFixtures.*;
import static cn.haztrail.support.Refusals.refused;
import static org.hamcrest.Matchers.containsString;

/** R25 (steps in order, none ahead of the clock) and R26 (late entries) on a manifest's own steps. */
class StepChronologyTest {

    private static final List<String> LABELS = List.of(LABEL_A, LABEL_B);
    /** Thursday 2026-09-17, 13:00 in Shanghai: an hour after the trip's pickup in {@link ManifestFixtures}. */
    private static final Instant THURSDAY_AFTERNOON = Instant.parse("2026-09-17T05:00:00Z");

    private final SettableClock clock = new SettableClock(THURSDAY_AFTERNOON);
    private AggregateTestFixture<TransferManifest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TransferManifest.class);
        fixture.registerInjectableResource(TestReferenceData.calendar());
        fixture.registerInjectableResource(new ReceiptPolicy(new BigDecimal("0.05")));
        fixture.registerInjectableResource(TestStepTimes.at(clock));
    }

    @Test
    void R25_a_submission_before_the_draft_is_refused() {
        fixture.given(drafted(List.of(CARRIER_1)))
                .when(new SubmitManifest(MANIFEST, "20263602000007", null, DRAFTED_AT.minusSeconds(3600), null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R25", "submittedAt"));
    }

    @Test
    void R25_a_pickup_before_the_draft_is_refused_naming_the_draft_and_its_time() {
        fixture.given(drafted(List.of(CARRIER_1)), new ManifestSubmitted(MANIFEST, "20263602000007", SUBMITTED_AT, null))
                .when(pickup(DRAFTED_AT.minusSeconds(3600), null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R25", "pickedUpAt"))
                .expectExceptionMessage(containsString("draft at 2026-09-16T02:00:00Z"));
    }

    @Test
    void R25_a_handover_before_the_pickup_is_refused() {
        fixture.given(inTransit(CARRIER_1, CARRIER_2))
                .when(new OfferHandover(MANIFEST, CARRIER_1, CARRIER_2, Instant.parse("2026-09-17T00:30:00Z"), null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R25", "at"))
                .expectExceptionMessage(containsString("pickup at 2026-09-17T01:00:00Z"));
    }

    @Test
    void R25_an_arrival_before_the_pickup_is_refused() {
        fixture.given(inTransit(CARRIER_1))
                .when(new ConfirmArrival(MANIFEST, CARRIER_1, Instant.parse("2026-09-17T00:30:00Z"), null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R25", "arrivedAt"))
                .expectExceptionMessage(containsString("pickup at 2026-09-17T01:00:00Z"));
    }

    @Test
    void R25_a_receipt_before_the_arrival_is_refused() {
        clock.set(FRIDAY_ARRIVAL.plusSeconds(3600));
        fixture.given(arrived())
                .when(new ConfirmReceipt(MANIFEST, RECEIVER, List.of(accept(BATCH_A, "1000", 5),
                        accept(BATCH_B, "200", 10)), FRIDAY_ARRIVAL.minusSeconds(10 * 60), null, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R25", "receivedAt"))
                .expectExceptionMessage(containsString("arrival at 2026-09-18T02:00:00Z"));
    }

    @Test
    void R25_steps_stated_on_different_clocks_may_disagree_by_the_clock_skew() {
        Instant pickedUpAt = SUBMITTED_AT.minusSeconds(2 * 60);
        clock.set(SUBMITTED_AT.plusSeconds(3600));
        fixture.given(drafted(List.of(CARRIER_1)), new ManifestSubmitted(MANIFEST, "20263602000007", SUBMITTED_AT, null))
                .when(pickup(pickedUpAt, null))
                .expectEvents(new ManifestPickedUp(MANIFEST, CARRIER_1, "赣H12345", null, pickedUpAt, null));
    }

    @Test
    void R25_a_step_more_than_the_clock_skew_ahead_is_refused() {
        fixture.given(inTransit(CARRIER_1))
                .when(new ConfirmArrival(MANIFEST, CARRIER_1, THURSDAY_AFTERNOON.plusSeconds(6 * 60), null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R25", "arrivedAt"));
    }

    @Test
    void R25_a_step_within_the_clock_skew_is_accepted() {
        Instant arrivedAt = THURSDAY_AFTERNOON.plusSeconds(4 * 60);
        fixture.given(inTransit(CARRIER_1))
                .when(new ConfirmArrival(MANIFEST, CARRIER_1, arrivedAt, null))
                .expectEvents(arrivedEvent(arrivedAt, null));
    }

    @Test
    void R26_a_step_recorded_after_the_window_without_a_reason_is_refused() {
        clock.set(Instant.parse("2026-11-24T02:00:00Z")); // Tuesday: Friday's window ended with Monday
        tripPickedUpOnFriday()
                .when(new ConfirmArrival(MANIFEST, CARRIER_1, FRIDAY_NOON, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R26", "lateEntry"));
    }

    @Test
    void R26_the_window_counts_working_days_so_a_weekend_does_not_make_a_step_late() {
        clock.set(Instant.parse("2026-11-23T08:00:00Z")); // Monday 16:00, the first working day after Friday
        tripPickedUpOnFriday()
                .when(new ConfirmArrival(MANIFEST, CARRIER_1, FRIDAY_NOON, null))
                .expectEvents(arrivedEvent(FRIDAY_NOON, null));
    }

    @Test
    void R26_a_late_step_with_a_reason_is_accepted_and_carries_the_reason() {
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        tripPickedUpOnFriday()
                .when(new ConfirmArrival(MANIFEST, CARRIER_1, FRIDAY_NOON, LateEntryReason.PAPER_BACKFILL))
                .expectEvents(arrivedEvent(FRIDAY_NOON, LateEntryReason.PAPER_BACKFILL));
    }

    @Test
    void R26_ten_working_days_are_counted_past_a_public_holiday() {
        clock.set(Instant.parse("2026-10-20T08:00:00Z")); // 20 days on, but only the 10th working day (国庆节)
        tripPickedUpBeforeNationalDay()
                .when(new ConfirmArrival(MANIFEST, CARRIER_1, NATIONAL_DAY_EVE, LateEntryReason.PAPER_BACKFILL))
                .expectEvents(arrivedEvent(NATIONAL_DAY_EVE, LateEntryReason.PAPER_BACKFILL));
    }

    @Test
    void R26_a_step_more_than_10_working_days_before_its_recording_is_refused_even_with_a_reason() {
        clock.set(Instant.parse("2026-10-21T02:00:00Z")); // the 11th working day
        tripPickedUpBeforeNationalDay()
                .when(new ConfirmArrival(MANIFEST, CARRIER_1, NATIONAL_DAY_EVE, LateEntryReason.PAPER_BACKFILL))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R26", "arrivedAt"));
    }

    /** Friday 2026-11-20, 12:00 in Shanghai. */
    private static final Instant FRIDAY_NOON = Instant.parse("2026-11-20T04:00:00Z");
    /** Wednesday 2026-09-30, 14:00 in Shanghai, the eve of the National Day holiday (10-01 to 10-07). */
    private static final Instant NATIONAL_DAY_EVE = Instant.parse("2026-09-30T06:00:00Z");

    private TestExecutor<TransferManifest> tripPickedUpOnFriday() {
        return pickedUpAt(FRIDAY_NOON.minusSeconds(3 * 3600));
    }

    private TestExecutor<TransferManifest> tripPickedUpBeforeNationalDay() {
        return pickedUpAt(NATIONAL_DAY_EVE.minusSeconds(3 * 3600));
    }

    private TestExecutor<TransferManifest> pickedUpAt(Instant at) {
        return fixture.given(drafted(List.of(CARRIER_1)),
                new ManifestSubmitted(MANIFEST, "20263602000007", SUBMITTED_AT, null),
                new ManifestPickedUp(MANIFEST, CARRIER_1, "赣H12345", null, at, null));
    }

    private static ConfirmPickup pickup(Instant at, LateEntryReason lateEntry) {
        return new ConfirmPickup(MANIFEST, CARRIER_1, "赣H12345", null, LABELS, at, null, lateEntry);
    }

    private static ManifestArrived arrivedEvent(Instant at, LateEntryReason lateEntry) {
        return new ManifestArrived(MANIFEST, CARRIER_1, at, TestReferenceData.calendar().deadlineAfter(at, 5),
                lateEntry);
    }
}
