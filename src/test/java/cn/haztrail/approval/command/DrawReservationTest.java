package cn.haztrail.approval.command;

import cn.haztrail.approval.api.ApprovalDrawExpired;
import cn.haztrail.approval.api.ApprovalDrawOverrun;
import cn.haztrail.approval.api.ApprovalDrawReleased;
import cn.haztrail.approval.api.ApprovalDrawReserved;
import cn.haztrail.approval.api.ApprovalQuantityDrawn;
import cn.haztrail.approval.api.ApprovalRecorded;
import cn.haztrail.approval.api.CheckApproval;
import cn.haztrail.approval.api.ConfirmDraw;
import cn.haztrail.approval.api.DrawOnApproval;
import cn.haztrail.approval.api.ReleaseDraw;
import cn.haztrail.approval.api.ReserveDraw;
import cn.haztrail.shared.domain.DrawMemory;
import cn.haztrail.shared.domain.RefusalReason;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receipt's hold on an approval's quantity (R14): reserved, then confirmed, released or expired, each step its own
 * transaction on the approval's stream; a confirmation is never refused; what the approval remembers is bounded.
 */
class DrawReservationTest {

    private static final UUID ID = UUID.fromString("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
    private static final UUID PLANT = UUID.fromString("538fd8a0-259c-36ba-86a8-b09e6c110c02");
    private static final UUID RECYCLER = UUID.fromString("7196e4a4-fc4c-3250-b037-02618d373ba5");
    private static final UUID M1 = UUID.fromString("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a");
    private static final UUID M2 = UUID.fromString("5e6f7a8b-9c0d-4e2f-9a4b-5c6d7e8f9a0b");
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofMinutes(30));

    private AggregateTestFixture<TransferApproval> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TransferApproval.class);
        fixture.registerInjectableResource(new DrawReservationTerms(Duration.ofMinutes(30)));
    }

    private static ApprovalRecorded recorded() {
        return new ApprovalRecorded(ID, "赣环固审〔2026〕18号", PLANT, RECYCLER, List.of("900-249-08"), "R9",
                new BigDecimal("100"), LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28),
                Instant.parse("2026-02-26T01:00:00Z"));
    }

    private static ApprovalDrawReserved reserved(UUID manifest, String tonnes) {
        return new ApprovalDrawReserved(ID, manifest, new BigDecimal(tonnes), EXPIRY);
    }

    private static ApprovalQuantityDrawn drawn(UUID manifest, String tonnes, String total) {
        return new ApprovalQuantityDrawn(ID, manifest, new BigDecimal(tonnes), new BigDecimal(total));
    }

    private static ReserveDraw reserve(UUID manifest, String tonnes) {
        return new ReserveDraw(ID, manifest, new BigDecimal(tonnes), MAY);
    }

    @Test
    void R14_a_reservation_holds_the_quantity_until_its_expiry_deadline() {
        fixture.givenCurrentTime(NOW)
                .andGiven(recorded())
                .when(reserve(M1, "60"))
                .expectEvents(reserved(M1, "60"))
                .expectScheduledDeadlineWithName(EXPIRY, TransferApproval.RESERVATION_EXPIRY);
    }

    @Test
    void R14_the_quantity_left_counts_reservations() {
        fixture.given(recorded(), reserved(M1, "60"))
                .when(reserve(M2, "50"))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "tonnes"));
    }

    @Test
    void R14_the_quantity_left_counts_reservations_for_one_step_draws_too() {
        fixture.given(recorded(), reserved(M1, "60"))
                .when(new DrawOnApproval(ID, M2, new BigDecimal("50"), MAY))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "tonnes"));
    }

    @Test
    void R14_the_quantity_left_counts_reservations_for_checks_too() {
        fixture.given(recorded(), reserved(M1, "60"))
                .when(new CheckApproval(ID, PLANT, RECYCLER, List.of("900-249-08"), "R9", new BigDecimal("50"), MAY))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R14", "tonnes"));
    }

    @Test
    void R14_a_repeated_reservation_holds_the_quantity_once() {
        fixture.given(recorded(), reserved(M1, "60"))
                .when(reserve(M1, "60"))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void R14_a_release_frees_the_quantity() {
        fixture.givenCurrentTime(NOW)
                .andGiven(recorded(), reserved(M1, "60"),
                        new ApprovalDrawReleased(ID, M1, new BigDecimal("60"), "refused"))
                .when(reserve(M2, "50"))
                .expectEvents(reserved(M2, "50"));
    }

    @Test
    void R14_a_release_is_recorded_for_the_regulator() {
        fixture.given(recorded(), reserved(M1, "60"))
                .when(new ReleaseDraw(ID, M1, "receipt refused"))
                .expectEvents(new ApprovalDrawReleased(ID, M1, new BigDecimal("60"), "receipt refused"));
    }

    @Test
    void R14_a_drawn_receipt_is_not_released() {
        fixture.given(recorded(), reserved(M1, "60"), drawn(M1, "60", "60"))
                .when(new ReleaseDraw(ID, M1, "refused"))
                .expectException(refused(RefusalReason.CONFLICT, "R14", "manifestId"));
    }

    @Test
    void R14_expiry_frees_the_quantity_after_time_passes() {
        fixture.givenCurrentTime(NOW)
                .andGiven(recorded())
                .andGivenCommands(reserve(M1, "60"))
                .whenThenTimeElapses(Duration.ofMinutes(31))
                .expectEvents(new ApprovalDrawExpired(ID, M1, new BigDecimal("60"), EXPIRY))
                .expectTriggeredDeadlinesWithName(TransferApproval.RESERVATION_EXPIRY);
    }

    @Test
    void R14_a_hold_stands_until_its_expiry() {
        fixture.givenCurrentTime(NOW)
                .andGiven(recorded())
                .andGivenCommands(reserve(M1, "60"))
                .whenThenTimeElapses(Duration.ofMinutes(29))
                .expectNoEvents();
    }

    @Test
    void R14_a_confirmation_turns_the_hold_into_the_draw() {
        fixture.given(recorded(), drawn(M2, "10", "10"), reserved(M1, "60"))
                .when(new ConfirmDraw(ID, M1, new BigDecimal("60")))
                .expectEvents(drawn(M1, "60", "70"));
    }

    @Test
    void R14_confirm_is_idempotent() {
        fixture.given(recorded(), reserved(M1, "60"), drawn(M1, "60", "60"))
                .when(new ConfirmDraw(ID, M1, new BigDecimal("60")))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void R14_confirm_without_reservation_draws() {
        fixture.given(recorded(), reserved(M1, "60"), new ApprovalDrawExpired(ID, M1, new BigDecimal("60"), EXPIRY))
                .when(new ConfirmDraw(ID, M1, new BigDecimal("60")))
                .expectEvents(drawn(M1, "60", "60"));
    }

    @Test
    void R14_confirm_without_reservation_beyond_the_cap_draws_and_records_the_overrun() {
        fixture.given(recorded(), drawn(M2, "95", "95"))
                .when(new ConfirmDraw(ID, M1, new BigDecimal("10")))
                .expectEvents(drawn(M1, "10", "105"),
                        new ApprovalDrawOverrun(ID, M1, new BigDecimal("10"), new BigDecimal("5")));
    }

    @Test
    void R14_bounded_memory_a_repeat_among_the_last_thousand_draws_changes_nothing() {
        fixture.given(thousandAndOneDraws())
                .when(new ConfirmDraw(ID, drawnManifest(1), new BigDecimal("0.01")))
                .expectNoEvents();
    }

    @Test
    void R14_bounded_memory_forgets_the_draws_before_the_last_thousand() {
        fixture.given(thousandAndOneDraws())
                .when(new ConfirmDraw(ID, drawnManifest(0), new BigDecimal("0.01")))
                .expectEvents(drawn(drawnManifest(0), "0.01", "0.02"));
    }

    @Test
    void R14_bounded_memory_holds_no_more_than_the_last_thousand_draws() {
        DrawMemory memory = new DrawMemory();
        for (int i = 0; i < 5000; i++) {
            memory.drawn(drawnManifest(i));
        }

        assertThat(memory.remembered()).isEqualTo(DrawMemory.RECENT_DRAWS_REMEMBERED);
        assertThat(memory.hasDrawn(drawnManifest(3999))).isFalse();
        assertThat(memory.hasDrawn(drawnManifest(4000))).isTrue();
    }

    private static UUID drawnManifest(int i) {
        return UUID.nameUUIDFromBytes(("draw-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** 1,001 draws of 0.01 t each, the total kept at 0.01 t so that the cap plays no part. */
    private static List<Object> thousandAndOneDraws() {
        List<Object> history = new ArrayList<>(List.of(recorded()));
        for (int i = 0; i <= DrawMemory.RECENT_DRAWS_REMEMBERED; i++) {
            history.add(drawn(drawnManifest(i), "0.01", "0.01"));
        }
        return history;
    }
}
