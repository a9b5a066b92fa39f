package cn.haztrail.exemption.command;

import cn.haztrail.exemption.api.ConfirmExemptionDraw;
import cn.haztrail.exemption.api.ExemptionDrawExpired;
import cn.haztrail.exemption.api.ExemptionDrawOverrun;
import cn.haztrail.exemption.api.ExemptionDrawRefused;
import cn.haztrail.exemption.api.ExemptionDrawReleased;
import cn.haztrail.exemption.api.ExemptionDrawReserved;
import cn.haztrail.exemption.api.ExemptionQuantityDrawn;
import cn.haztrail.exemption.api.ExemptionRevoked;
import cn.haztrail.exemption.api.RecordExemptionRefusal;
import cn.haztrail.exemption.api.ReleaseExemptionDraw;
import cn.haztrail.exemption.api.ReserveExemptionDraw;
import cn.haztrail.shared.domain.RefusalReason;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.exemption.command.TargetedExemptionTest.ID;
import static cn.haztrail.exemption.command.TargetedExemptionTest.recorded;
import static cn.haztrail.support.Refusals.refused;

/**
 * R37: a receipt's draw on an exemption, held, then confirmed, released or expired, each its own transaction on the
 * exemption's stream; a confirmation is never refused; refusals that matter to an audit are kept.
 */
class ExemptionDrawTest {

    private static final UUID M1 = UUID.fromString("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a");
    private static final UUID M2 = UUID.fromString("5e6f7a8b-9c0d-4e2f-9a4b-5c6d7e8f9a0b");
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofMinutes(30));

    private AggregateTestFixture<TargetedExemption> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TargetedExemption.class);
        fixture.registerInjectableResource(new ExemptionReservationTerms(Duration.ofMinutes(30)));
    }

    private static ExemptionDrawReserved reserved(UUID manifest, String tonnes) {
        return new ExemptionDrawReserved(ID, manifest, new BigDecimal(tonnes), EXPIRY);
    }

    private static ExemptionQuantityDrawn drawn(UUID manifest, String tonnes, String total) {
        return new ExemptionQuantityDrawn(ID, manifest, new BigDecimal(tonnes), new BigDecimal(total));
    }

    private static ReserveExemptionDraw reserve(UUID manifest, String tonnes, LocalDate on) {
        return new ReserveExemptionDraw(ID, manifest, new BigDecimal(tonnes), on);
    }

    @Test
    void R37_a_hold_is_reserved_until_its_expiry_deadline() {
        fixture.givenCurrentTime(NOW)
                .andGiven(recorded())
                .when(reserve(M1, "60", MAY))
                .expectEvents(reserved(M1, "60"))
                .expectScheduledDeadlineWithName(EXPIRY, TargetedExemption.RESERVATION_EXPIRY);
    }

    @Test
    void R37_a_draw_beyond_the_cap_is_refused_counting_other_holds() {
        fixture.given(recorded(), drawn(M2, "30", "30"), reserved(UUID.randomUUID(), "60"))
                .when(reserve(M1, "11", MAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R37", "tonnes"));
    }

    @Test
    void R37_a_draw_before_the_window_is_refused() {
        fixture.given(recorded())
                .when(reserve(M1, "1", TargetedExemptionTest.FROM.minusDays(1)))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R37", "onDate"));
    }

    @Test
    void R37_a_draw_after_the_last_valid_day_is_refused() {
        fixture.given(recorded())
                .when(reserve(M1, "1", TargetedExemptionTest.TO.plusDays(1)))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R37", "onDate"));
    }

    @Test
    void R37_a_revoked_exemption_is_not_drawn_on() {
        fixture.given(recorded(), new ExemptionRevoked(ID, "整改", NOW))
                .when(reserve(M1, "1", MAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R37", "exemptionId"));
    }

    @Test
    void R37_a_manifest_draws_once() {
        fixture.given(recorded(), drawn(M1, "10", "10"))
                .when(reserve(M1, "10", MAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R37", "manifestId"));
    }

    @Test
    void R37_a_repeated_reservation_changes_nothing() {
        fixture.given(recorded(), reserved(M1, "60"))
                .when(reserve(M1, "60", MAY))
                .expectNoEvents();
    }

    @Test
    void R37_expiry_frees_the_quantity_after_time_passes() {
        fixture.givenCurrentTime(NOW)
                .andGiven(recorded())
                .andGivenCommands(reserve(M1, "60", MAY))
                .whenThenTimeElapses(Duration.ofMinutes(31))
                .expectEvents(new ExemptionDrawExpired(ID, M1, new BigDecimal("60"), EXPIRY))
                .expectTriggeredDeadlinesWithName(TargetedExemption.RESERVATION_EXPIRY);
    }

    @Test
    void R37_a_hold_stands_until_its_expiry() {
        fixture.givenCurrentTime(NOW)
                .andGiven(recorded())
                .andGivenCommands(reserve(M1, "60", MAY))
                .whenThenTimeElapses(Duration.ofMinutes(29))
                .expectNoEvents();
    }

    @Test
    void R37_a_confirmation_turns_the_hold_into_the_draw() {
        fixture.given(recorded(), drawn(M2, "10", "10"), reserved(M1, "60"))
                .when(new ConfirmExemptionDraw(ID, M1, new BigDecimal("60")))
                .expectEvents(drawn(M1, "60", "70"));
    }

    @Test
    void R37_a_repeated_confirmation_changes_nothing() {
        fixture.given(recorded(), reserved(M1, "60"), drawn(M1, "60", "60"))
                .when(new ConfirmExemptionDraw(ID, M1, new BigDecimal("60")))
                .expectNoEvents();
    }

    @Test
    void R37_a_confirmation_without_a_hold_beyond_the_cap_records_the_overrun() {
        fixture.given(recorded(), drawn(M2, "95", "95"))
                .when(new ConfirmExemptionDraw(ID, M1, new BigDecimal("8")))
                .expectEvents(drawn(M1, "8", "103"),
                        new ExemptionDrawOverrun(ID, M1, new BigDecimal("8"), new BigDecimal("3")));
    }

    @Test
    void R37_a_refused_receipt_releases_its_hold() {
        fixture.given(recorded(), reserved(M1, "60"))
                .when(new ReleaseExemptionDraw(ID, M1, "接收被拒"))
                .expectEvents(new ExemptionDrawReleased(ID, M1, new BigDecimal("60"), "接收被拒"));
    }

    @Test
    void R37_a_confirmed_draw_is_not_released() {
        fixture.given(recorded(), drawn(M1, "60", "60"))
                .when(new ReleaseExemptionDraw(ID, M1, "late"))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R37", "manifestId"));
    }

    @Test
    void R37_a_refused_draw_is_recorded_for_the_regulator() {
        fixture.given(recorded())
                .when(new RecordExemptionRefusal(ID, M1, new BigDecimal("120"), "R37", "cap exceeded",
                        "refused.exemption.cap-exceeded", List.of("x", "100", "100", "120")))
                .expectEvents(new ExemptionDrawRefused(ID, M1, new BigDecimal("120"), "R37", "cap exceeded",
                        "refused.exemption.cap-exceeded", List.of("x", "100", "100", "120")));
    }
}
