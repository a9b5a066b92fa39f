package cn.haztrail.registry.command;

import cn.haztrail.registry.api.AdmitWaste;
import cn.haztrail.registry.api.CheckAdmission;
import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.LicenceAmended;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceRevoked;
import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.SingleScopeTerms;
import cn.haztrail.registry.api.LicenceSuspended;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.WasteAdmitted;
import cn.haztrail.shared.domain.RefusalReason;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.registry.command.EnterpriseFixtures.check;
import static cn.haztrail.registry.command.EnterpriseFixtures.line;
import static cn.haztrail.support.Refusals.refused;

/** A receiver's admission decisions: licence coverage (R03), capacity per licence year (R04), collection-only (R05). */
class AdmissionTest {

    private static final UUID ID = EnterpriseFixtures.ID;
    private static final UUID LICENCE = UUID.fromString("1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d");
    private static final UUID MANIFEST = UUID.fromString("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a");
    private static final List<String> CATEGORIES = List.of("HW08", "HW49");
    private static final List<String> EXCLUDED = List.of("900-044-49");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2030, 12, 31);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    private AggregateTestFixture<Enterprise> fixture;

    @BeforeEach
    void setUp() {
        fixture = EnterpriseFixtures.enterprise();
    }

    private static EnterpriseRegistered registered(PartyRole role) {
        return new EnterpriseRegistered(ID, "91360200MA39H5LD0E", "处置中心", "360222", "浮梁县", null, List.of(role));
    }

    private static LicenceGranted granted(LocalDate from, String capacity) {
        return new LicenceGranted(ID, LICENCE, "赣危废经字第1号", LicenceMode.COMPREHENSIVE,
                lines(CATEGORIES, List.of("D10", "R9")), new BigDecimal(capacity), from, TO);
    }

    private static List<LicenceLine> lines(List<String> categories, List<String> methods) {
        return new SingleScopeTerms(categories, List.of(), EXCLUDED, methods).asLines();
    }

    private static LicenceGranted granted() {
        return granted(FROM, "100");
    }

    private static AdmitWaste admit(LocalDate onDate, String tonnes) {
        return new AdmitWaste(ID, MANIFEST, List.of(line("900-249-08", "D10", tonnes)), onDate);
    }

    private static WasteAdmitted admitted(LocalDate yearStart, String tonnes) {
        return new WasteAdmitted(ID, LICENCE, UUID.fromString("5e6f7a8b-9c0d-4e2f-9a4b-5c6d7e8f9a0b"), yearStart,
                new BigDecimal(tonnes), null);
    }

    /** What admit(...) of 900-249-08 stores: the tonnes, all on the HW08 line. */
    private static WasteAdmitted admittedOnHw08(LocalDate yearStart, String tonnes) {
        return new WasteAdmitted(ID, LICENCE, MANIFEST, yearStart, new BigDecimal(tonnes),
                List.of(new WasteAdmitted.LineTonnes("HW08", new BigDecimal(tonnes))));
    }

    @Test
    void R03_a_licence_covering_every_code_and_method_answers_its_id_and_stores_nothing() {
        fixture.given(registered(PartyRole.RECEIVER), granted())
                .when(check(MAY, line("900-249-08", "D10", "10"), line("900-041-49", null, null)))
                .expectNoEvents()
                .expectResultMessagePayload(LICENCE);
    }

    @Test
    void R03_a_receiver_without_a_licence_is_refused() {
        fixture.given(registered(PartyRole.RECEIVER))
                .when(check(MAY, line("900-249-08", "D10", "10")))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "receiverId"));
    }

    @Test
    void R03_a_code_outside_the_scope_is_refused_naming_the_line() {
        fixture.given(registered(PartyRole.RECEIVER), granted())
                .when(check(MAY, line("900-249-08", "D10", "1"), line("336-064-17", "D10", "1")))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "lines[1].wasteCode"));
    }

    @Test
    void R03_an_excluded_code_is_refused_although_its_category_is_covered() {
        fixture.given(registered(PartyRole.RECEIVER), granted())
                .when(check(MAY, line("900-044-49", "D10", "1")))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "lines[0].wasteCode"));
    }

    @Test
    void R03_a_method_the_licence_does_not_name_is_refused() {
        fixture.given(registered(PartyRole.RECEIVER), granted())
                .when(check(MAY, line("900-249-08", "C1", "1")))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "lines[0].methodCode"));
    }

    @Test
    void R03_an_unknown_method_code_is_refused() {
        fixture.given(registered(PartyRole.RECEIVER), granted())
                .when(check(MAY, line("900-249-08", "D99", "1")))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "lines[0].methodCode"));
    }

    @Test
    void R03_a_suspended_licence_covers_nothing() {
        fixture.given(registered(PartyRole.RECEIVER), granted(), new LicenceSuspended(ID, LICENCE, "整顿"))
                .when(check(MAY, line("900-249-08", "D10", "1")))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "receiverId"));
    }

    @Test
    void R03_a_revoked_licence_covers_nothing() {
        fixture.given(registered(PartyRole.RECEIVER), granted(), new LicenceRevoked(ID, LICENCE, "吊销"))
                .when(check(MAY, line("900-249-08", "D10", "1")))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "receiverId"));
    }

    @Test
    void R03_a_licence_is_not_valid_after_its_expiry() {
        fixture.given(registered(PartyRole.RECEIVER), granted())
                .when(check(TO.plusDays(1), line("900-249-08", "D10", "1")))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "receiverId"));
    }

    @Test
    void R03_a_licence_must_run_through_covered_until() {
        fixture.given(registered(PartyRole.RECEIVER), granted())
                .when(new CheckAdmission(ID, List.of(line("900-249-08", "D10", null)), LocalDate.of(2030, 6, 1),
                        LocalDate.of(2031, 5, 31)))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "receiverId"));
    }

    @Test
    void R03_a_licence_valid_through_covered_until_is_found() {
        fixture.given(registered(PartyRole.RECEIVER), granted())
                .when(new CheckAdmission(ID, List.of(line("900-249-08", "R9", null)), LocalDate.of(2030, 1, 1), TO))
                .expectResultMessagePayload(LICENCE);
    }

    @Test
    void R03_an_amendment_replaces_the_scope() {
        var amended = new LicenceAmended(ID, LICENCE, lines(List.of("HW17"), List.of("D10")),
                new BigDecimal("100"), TO, "缩减范围");
        fixture.given(registered(PartyRole.RECEIVER), granted(), amended)
                .when(check(MAY, line("900-249-08", "D10", "1")))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "lines[0].wasteCode"));
    }

    @Test
    void R05_a_collection_licence_refuses_a_final_method() {
        var collection = new LicenceGranted(ID, LICENCE, "赣危废收字第1号", LicenceMode.COLLECTION,
                lines(CATEGORIES, List.of("HTC1", "HTS1")), new BigDecimal("3000"), FROM, LocalDate.of(2028, 12, 31));
        fixture.given(registered(PartyRole.COLLECTOR), collection)
                .when(check(MAY, line("900-249-08", "D10", "1")))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R05", "lines[0].methodCode"));
    }

    @Test
    void R05_a_collection_licence_admits_collection() {
        var collection = new LicenceGranted(ID, LICENCE, "赣危废收字第1号", LicenceMode.COLLECTION,
                lines(CATEGORIES, List.of("HTC1", "HTS1")), new BigDecimal("3000"), FROM, LocalDate.of(2028, 12, 31));
        fixture.given(registered(PartyRole.COLLECTOR), collection)
                .when(check(MAY, line("900-249-08", "HTC1", "1")))
                .expectResultMessagePayload(LICENCE);
    }

    @Test
    void R04_admitted_waste_is_counted_in_its_licence_year() {
        fixture.given(registered(PartyRole.RECEIVER), granted())
                .when(admit(MAY, "40"))
                .expectEvents(admittedOnHw08(FROM, "40"))
                .expectResultMessagePayload(LICENCE);
    }

    @Test
    void R04_admitting_past_the_capacity_of_the_licence_year_is_refused() {
        fixture.given(registered(PartyRole.RECEIVER), granted(), admitted(FROM, "90"))
                .when(admit(LocalDate.of(2026, 12, 31), "15"))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R04", "lines"));
    }

    @Test
    void R04_filling_the_capacity_exactly_is_allowed() {
        fixture.given(registered(PartyRole.RECEIVER), granted(), admitted(FROM, "90"))
                .when(admit(LocalDate.of(2026, 12, 31), "10.000"))
                .expectEvents(admittedOnHw08(FROM, "10.000"));
    }

    @Test
    void R04_capacity_starts_afresh_on_the_anniversary() {
        fixture.given(registered(PartyRole.RECEIVER), granted(), admitted(FROM, "90"))
                .when(admit(LocalDate.of(2027, 1, 1), "15"))
                .expectEvents(admittedOnHw08(LocalDate.of(2027, 1, 1), "15"));
    }

    @Test
    void R04_a_licence_year_runs_from_the_licence_start_not_the_calendar_year() {
        LocalDate march = LocalDate.of(2026, 3, 15);
        fixture.given(registered(PartyRole.RECEIVER), granted(march, "100"), admitted(march, "95"))
                .when(admit(LocalDate.of(2027, 3, 14), "10"))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R04", "lines"));
    }

    @Test
    void R04_the_next_licence_year_begins_on_the_anniversary_of_the_licence_start() {
        LocalDate march = LocalDate.of(2026, 3, 15);
        fixture.given(registered(PartyRole.RECEIVER), granted(march, "100"), admitted(march, "95"))
                .when(admit(LocalDate.of(2027, 3, 15), "10"))
                .expectEvents(admittedOnHw08(LocalDate.of(2027, 3, 15), "10"));
    }

    @Test
    void R04_a_check_refuses_what_would_not_fit() {
        fixture.given(registered(PartyRole.RECEIVER), granted(), admitted(FROM, "90"))
                .when(check(MAY, line("900-249-08", "D10", "6"), line("900-041-49", "D10", "5")))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R04", "lines"));
    }

    @Test
    void R04_lines_declared_as_volumes_are_not_counted() {
        fixture.given(registered(PartyRole.RECEIVER), granted(), admitted(FROM, "100"))
                .when(check(MAY, line("900-249-08", "D10", null)))
                .expectResultMessagePayload(LICENCE);
    }

    @Test
    void R04_an_amended_capacity_counts_what_was_already_admitted() {
        var amended = new LicenceAmended(ID, LICENCE, lines(CATEGORIES, List.of("D10")), new BigDecimal("200"), TO, "扩建");
        fixture.given(registered(PartyRole.RECEIVER), granted(), admitted(FROM, "90"), amended)
                .when(admit(MAY, "110"))
                .expectEvents(admittedOnHw08(FROM, "110"));
    }

    @Test
    void R04_a_manifest_is_admitted_once() {
        fixture.given(registered(PartyRole.RECEIVER), granted(),
                        new WasteAdmitted(ID, LICENCE, MANIFEST, FROM, new BigDecimal("1"), null))
                .when(admit(MAY, "1"))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, null, "manifestId"));
    }

    @Test
    void R03_admitting_waste_the_licence_does_not_cover_is_refused() {
        fixture.given(registered(PartyRole.RECEIVER), granted())
                .when(new AdmitWaste(ID, MANIFEST, List.of(line("336-064-17", "D10", "1")), MAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "lines[0].wasteCode"));
    }
}
