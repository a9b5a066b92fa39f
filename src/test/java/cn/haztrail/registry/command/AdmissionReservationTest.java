package cn.haztrail.registry.command;

import cn.haztrail.registry.api.AdmissionOverrun;
import cn.haztrail.registry.api.AdmissionReleased;
import cn.haztrail.registry.api.AdmissionReservationExpired;
import cn.haztrail.registry.api.AdmissionReserved;
import cn.haztrail.registry.api.AdmitWaste;
import cn.haztrail.registry.api.ConfirmAdmission;
import cn.haztrail.registry.api.ConfirmAdmissions;
import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceRevoked;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.ReleaseAdmission;
import cn.haztrail.registry.api.ReserveAdmission;
import cn.haztrail.registry.api.SingleScopeTerms;
import cn.haztrail.registry.api.WasteAdmitted;
import cn.haztrail.shared.domain.RefusalReason;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.registry.command.EnterpriseFixtures.line;
import static cn.haztrail.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receipt's hold on the receiver's capacity (R04): reserved, then confirmed, released or expired, each step its own
 * transaction on the receiver's stream; a confirmation is never refused; what the receiver remembers is bounded.
 */
class AdmissionReservationTest {

    private static final UUID ID = EnterpriseFixtures.ID;
    private static final UUID LICENCE = UUID.fromString("1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d");
    private static final UUID M1 = UUID.fromString("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a");
    private static final UUID M2 = UUID.fromString("5e6f7a8b-9c0d-4e2f-9a4b-5c6d7e8f9a0b");
    private static final LocalDate YEAR_2026 = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofMinutes(30));

    private AggregateTestFixture<Enterprise> fixture;

    @BeforeEach
    void setUp() {
        fixture = EnterpriseFixtures.enterprise();
    }

    private static EnterpriseRegistered registered() {
        return new EnterpriseRegistered(ID, "91360200MA39H5LD0E", "处置中心", "360222", "浮梁县", null,
                List.of(PartyRole.RECEIVER));
    }

    private static LicenceGranted granted() {
        return new LicenceGranted(ID, LICENCE, "赣危废经字第1号", LicenceMode.COMPREHENSIVE,
                new SingleScopeTerms(List.of("HW08"), List.of(), List.of(), List.of("D10")).asLines(),
                new BigDecimal("100"), YEAR_2026, LocalDate.of(2030, 12, 31));
    }

    private static ReserveAdmission reserve(UUID manifest, String tonnes) {
        return new ReserveAdmission(ID, manifest, List.of(line("900-249-08", "D10", tonnes)), MAY);
    }

    private static ConfirmAdmission confirm(UUID manifest, String tonnes, LocalDate onDate) {
        return new ConfirmAdmission(ID, manifest, List.of(line("900-249-08", "D10", tonnes)), onDate);
    }

    private static List<WasteAdmitted.LineTonnes> onHw08(String tonnes) {
        return List.of(new WasteAdmitted.LineTonnes("HW08", new BigDecimal(tonnes)));
    }

    private static AdmissionReserved reserved(UUID manifest, String tonnes, Instant expiresAt) {
        return new AdmissionReserved(ID, LICENCE, manifest, YEAR_2026, new BigDecimal(tonnes), onHw08(tonnes),
                expiresAt);
    }

    private static WasteAdmitted admitted(UUID manifest, LocalDate yearStart, String tonnes) {
        return new WasteAdmitted(ID, LICENCE, manifest, yearStart, new BigDecimal(tonnes), onHw08(tonnes));
    }

    @Test
    void R04_a_reservation_holds_the_tonnes_until_its_expiry_deadline() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), granted())
                .when(reserve(M1, "60"))
                .expectEvents(reserved(M1, "60", EXPIRY))
                .expectScheduledDeadlineWithName(EXPIRY, Enterprise.RESERVATION_EXPIRY)
                .expectResultMessagePayload(LICENCE);
    }

    @Test
    void R04_capacity_counts_reservations() {
        fixture.given(registered(), granted(), reserved(M1, "60", EXPIRY))
                .when(reserve(M2, "50"))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R04", "lines"));
    }

    @Test
    void R04_capacity_counts_reservations_when_waste_is_admitted_in_one_step_too() {
        fixture.given(registered(), granted(), reserved(M1, "60", EXPIRY))
                .when(new AdmitWaste(ID, M2, List.of(line("900-249-08", "D10", "50")), MAY))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R04", "lines"));
    }

    @Test
    void R04_a_repeated_reservation_holds_the_tonnes_once() {
        fixture.given(registered(), granted(), reserved(M1, "60", EXPIRY))
                .when(reserve(M1, "60"))
                .expectNoEvents()
                .expectResultMessagePayload(LICENCE);
    }

    @Test
    void R04_a_release_is_recorded_for_the_regulator() {
        fixture.given(registered(), granted(), reserved(M1, "60", EXPIRY))
                .when(new ReleaseAdmission(ID, M1, "receipt refused: R17"))
                .expectEvents(new AdmissionReleased(ID, LICENCE, M1, new BigDecimal("60"), "receipt refused: R17"));
    }

    @Test
    void R04_a_release_frees_the_tonnes() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), granted(), reserved(M1, "60", EXPIRY),
                        new AdmissionReleased(ID, LICENCE, M1, new BigDecimal("60"), "refused"))
                .when(reserve(M2, "50"))
                .expectEvents(reserved(M2, "50", EXPIRY));
    }

    @Test
    void R04_a_release_without_a_hold_changes_nothing() {
        fixture.given(registered(), granted())
                .when(new ReleaseAdmission(ID, M1, "refused"))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void R04_an_admitted_receipt_is_not_released() {
        fixture.given(registered(), granted(), reserved(M1, "60", EXPIRY), admitted(M1, YEAR_2026, "60"))
                .when(new ReleaseAdmission(ID, M1, "refused"))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, null, "manifestId"));
    }

    @Test
    void R04_expiry_frees_the_tonnes_after_time_passes() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), granted())
                .andGivenCommands(reserve(M1, "60"))
                .whenThenTimeElapses(Duration.ofMinutes(31))
                .expectEvents(new AdmissionReservationExpired(ID, LICENCE, M1, new BigDecimal("60"), EXPIRY))
                .expectTriggeredDeadlinesWithName(Enterprise.RESERVATION_EXPIRY);
    }

    @Test
    void R04_a_hold_stands_until_its_expiry() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), granted())
                .andGivenCommands(reserve(M1, "60"))
                .whenThenTimeElapses(Duration.ofMinutes(29))
                .expectNoEvents();
    }

    @Test
    void R04_an_expired_hold_no_longer_counts() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), granted(), reserved(M1, "60", EXPIRY),
                        new AdmissionReservationExpired(ID, LICENCE, M1, new BigDecimal("60"), EXPIRY))
                .when(reserve(M2, "50"))
                .expectEvents(reserved(M2, "50", EXPIRY));
    }

    @Test
    void R04_the_deadline_of_an_ended_hold_does_not_end_a_later_hold_of_the_same_manifest() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), granted())
                .andGivenCommands(reserve(M1, "60"), new ReleaseAdmission(ID, M1, "refused"))
                .andGiven(reserved(M1, "60", EXPIRY.plus(Duration.ofMinutes(10))))
                .whenThenTimeElapses(Duration.ofMinutes(31))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName(Enterprise.RESERVATION_EXPIRY);
    }

    @Test
    void R04_a_confirmation_turns_the_hold_into_the_admission() {
        fixture.given(registered(), granted(), reserved(M1, "60", EXPIRY))
                .when(confirm(M1, "60", MAY))
                .expectEvents(admitted(M1, YEAR_2026, "60"));
    }

    @Test
    void R04_confirm_is_idempotent() {
        fixture.given(registered(), granted(), reserved(M1, "60", EXPIRY), admitted(M1, YEAR_2026, "60"))
                .when(confirm(M1, "60", MAY))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void R04_confirm_without_reservation_admits() {
        fixture.given(registered(), granted(), reserved(M1, "60", EXPIRY),
                        new AdmissionReservationExpired(ID, LICENCE, M1, new BigDecimal("60"), EXPIRY))
                .when(confirm(M1, "60", MAY))
                .expectEvents(admitted(M1, YEAR_2026, "60"));
    }

    @Test
    void R04_confirm_without_reservation_beyond_capacity_admits_and_records_the_overrun() {
        fixture.given(registered(), granted(), admitted(M2, YEAR_2026, "95"))
                .when(confirm(M1, "10", MAY))
                .expectEvents(admitted(M1, YEAR_2026, "10"), new AdmissionOverrun(ID, M1, LICENCE, YEAR_2026, MAY,
                        new BigDecimal("10"), new BigDecimal("5"), "R04"));
    }

    /** The second receipt counts what the first admitted: 90 of 100 tonnes taken, so 5 of its 15 overrun. */
    @Test
    void R04_receipts_confirmed_at_once_are_each_admitted_on_what_the_ones_before_them_left() {
        UUID m3 = UUID.fromString("6f7a8b9c-0d1e-4f3a-8b5c-6d7e8f9a0b1c");
        fixture.given(registered(), granted(), reserved(M1, "60", EXPIRY), admitted(M2, YEAR_2026, "30"))
                .when(new ConfirmAdmissions(ID, List.of(confirm(M1, "60", MAY), confirm(M2, "30", MAY),
                        confirm(m3, "15", MAY))))
                .expectEvents(admitted(M1, YEAR_2026, "60"), admitted(m3, YEAR_2026, "15"),
                        new AdmissionOverrun(ID, m3, LICENCE, YEAR_2026, MAY, new BigDecimal("15"),
                                new BigDecimal("5"), "R04"));
    }

    /** A batch of the custody processes confirms a receiver's receipts of a whole import chunk: one question. */
    @Test
    void R04_receipts_confirmed_at_once_ask_once_which_of_those_without_a_hold_were_admitted() {
        List<Collection<UUID>> questions = new ArrayList<>();
        UUID m3 = UUID.fromString("6f7a8b9c-0d1e-4f3a-8b5c-6d7e8f9a0b1c");
        EnterpriseFixtures.enterprise(questions)
                .given(registered(), granted(), reserved(M1, "10", EXPIRY), admitted(M2, YEAR_2026, "10"))
                .when(new ConfirmAdmissions(ID, List.of(confirm(M1, "10", MAY), confirm(M2, "10", MAY),
                        confirm(m3, "10", MAY))))
                .expectEvents(admitted(M1, YEAR_2026, "10"), admitted(m3, YEAR_2026, "10"));

        assertThat(questions).containsExactly(List.of(M2, m3));
    }

    @Test
    void R03_confirm_without_reservation_and_without_a_covering_licence_records_the_overrun() {
        fixture.given(registered(), granted(), new LicenceRevoked(ID, LICENCE, "吊销"))
                .when(confirm(M1, "10", MAY))
                .expectEvents(new AdmissionOverrun(ID, M1, null, null, MAY, new BigDecimal("10"),
                        new BigDecimal("10"), "R03"));
    }

    @Test
    void R03_an_uncovered_receipt_recorded_once_is_not_recorded_again() {
        fixture.given(registered(), granted(), new LicenceRevoked(ID, LICENCE, "吊销"), new AdmissionOverrun(ID, M1,
                        null, null, MAY, new BigDecimal("10"), new BigDecimal("10"), "R03"))
                .when(confirm(M1, "10", MAY))
                .expectNoEvents();
    }

    @Test
    void R04_a_repeat_within_two_licence_years_changes_nothing() {
        fixture.given(registered(), granted(), admitted(M1, YEAR_2026, "1"),
                        admitted(M2, LocalDate.of(2027, 1, 1), "1"))
                .when(confirm(M1, "1", MAY))
                .expectNoEvents();
    }

    @Test
    void R04_a_repeat_licence_years_later_changes_nothing() {
        LocalDate may2028 = LocalDate.of(2028, 5, 1);
        fixture.given(registered(), granted(), admitted(M1, YEAR_2026, "1"),
                        admitted(M2, LocalDate.of(2028, 1, 1), "1"))
                .when(confirm(M1, "1", may2028))
                .expectNoEvents();
    }

    @Test
    void R04_a_manifest_named_twice_in_receipts_confirmed_at_once_is_admitted_once() {
        fixture.given(registered(), granted())
                .when(new ConfirmAdmissions(ID, List.of(confirm(M1, "10", MAY), confirm(M1, "10", MAY))))
                .expectEvents(admitted(M1, YEAR_2026, "10"));
    }
}
