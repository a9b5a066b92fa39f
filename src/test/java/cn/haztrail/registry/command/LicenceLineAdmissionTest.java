package cn.haztrail.registry.command;

import cn.haztrail.registry.api.AdmitWaste;
import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceLine;
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

/**
 * Admission against a licence as issued, line by line: a line must cover the code and list the method (R03, R05),
 * and a line with a capacity of its own counts only its own waste, besides the licence's total (R04).
 */
class LicenceLineAdmissionTest {

    private static final UUID ID = EnterpriseFixtures.ID;
    private static final UUID LICENCE = UUID.fromString("1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d");
    private static final UUID MANIFEST = UUID.fromString("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a");
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

    /** The licence of the issue: HW08 by R9; HW17 by D10 and D1 (1,200 t of it a year); HW01 by D10; 5,000 t a year. */
    private static LicenceGranted asIssued() {
        return new LicenceGranted(ID, LICENCE, "赣危废经字第2号", LicenceMode.COMPREHENSIVE, List.of(
                new LicenceLine("HW08", List.of(), List.of("R9"), null),
                new LicenceLine("HW17", List.of(), List.of("D1", "D10"), new BigDecimal("1200")),
                new LicenceLine("HW01", List.of(), List.of("D10"), null)), new BigDecimal("5000"), FROM, TO);
    }

    @Test
    void R03_HW01_by_D1_is_refused_when_its_line_approves_D10_only() {
        fixture.given(registered(PartyRole.RECEIVER), asIssued())
                .when(new AdmitWaste(ID, MANIFEST, List.of(line("841-001-01", "D1", "1")), MAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "lines[0].methodCode"));
    }

    @Test
    void R03_a_method_of_another_line_does_not_cover_the_code() {
        fixture.given(registered(PartyRole.RECEIVER), asIssued())
                .when(check(MAY, line("900-249-08", "D10", "1")))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "lines[0].methodCode"));
    }

    @Test
    void R03_each_waste_is_admitted_by_the_methods_of_its_own_line() {
        fixture.given(registered(PartyRole.RECEIVER), asIssued())
                .when(new AdmitWaste(ID, MANIFEST, List.of(line("841-001-01", "D10", "2"),
                        line("336-064-17", "D1", "3"), line("900-249-08", "R9", "4")), MAY))
                .expectEvents(new WasteAdmitted(ID, LICENCE, MANIFEST, FROM, new BigDecimal("9"), List.of(
                        new WasteAdmitted.LineTonnes("HW01", new BigDecimal("2")),
                        new WasteAdmitted.LineTonnes("HW17", new BigDecimal("3")),
                        new WasteAdmitted.LineTonnes("HW08", new BigDecimal("4")))));
    }

    @Test
    void R04_a_line_with_its_own_capacity_refuses_what_would_not_fit_on_it() {
        var earlier = new WasteAdmitted(ID, LICENCE, UUID.fromString("5e6f7a8b-9c0d-4e2f-9a4b-5c6d7e8f9a0b"), FROM,
                new BigDecimal("1150"), List.of(new WasteAdmitted.LineTonnes("HW17", new BigDecimal("1150"))));
        fixture.given(registered(PartyRole.RECEIVER), asIssued(), earlier)
                .when(new AdmitWaste(ID, MANIFEST, List.of(line("900-249-08", "R9", "10"),
                        line("336-064-17", "D10", "60")), MAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R04", "lines[1].tonnes"));
    }

    @Test
    void R04_waste_of_other_lines_does_not_count_against_a_line_capacity() {
        var earlier = new WasteAdmitted(ID, LICENCE, UUID.fromString("5e6f7a8b-9c0d-4e2f-9a4b-5c6d7e8f9a0b"), FROM,
                new BigDecimal("3000"), List.of(new WasteAdmitted.LineTonnes("HW08", new BigDecimal("3000"))));
        fixture.given(registered(PartyRole.RECEIVER), asIssued(), earlier)
                .when(new AdmitWaste(ID, MANIFEST, List.of(line("336-064-17", "D10", "1200")), MAY))
                .expectEvents(new WasteAdmitted(ID, LICENCE, MANIFEST, FROM, new BigDecimal("1200"),
                        List.of(new WasteAdmitted.LineTonnes("HW17", new BigDecimal("1200")))));
    }

    @Test
    void R04_the_total_still_bounds_lines_without_a_capacity_of_their_own() {
        var earlier = new WasteAdmitted(ID, LICENCE, UUID.fromString("5e6f7a8b-9c0d-4e2f-9a4b-5c6d7e8f9a0b"), FROM,
                new BigDecimal("4995"), List.of(new WasteAdmitted.LineTonnes("HW08", new BigDecimal("4995"))));
        fixture.given(registered(PartyRole.RECEIVER), asIssued(), earlier)
                .when(new AdmitWaste(ID, MANIFEST, List.of(line("841-001-01", "D10", "6")), MAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R04", "lines"));
    }

    @Test
    void R05_a_collection_licence_refuses_a_final_method_on_every_line() {
        var collection = new LicenceGranted(ID, LICENCE, "赣危废收字第2号", LicenceMode.COLLECTION, List.of(
                new LicenceLine("HW08", List.of(), List.of("HTC1"), null),
                new LicenceLine("900-041-49", List.of(), List.of("HTS1"), null)), new BigDecimal("3000"), FROM,
                LocalDate.of(2028, 12, 31));
        fixture.given(registered(PartyRole.COLLECTOR), collection)
                .when(check(MAY, line("900-041-49", "D10", "1")))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R05", "lines[0].methodCode"));
    }

    @Test
    void R04_a_method_code_written_in_lower_case_is_counted_on_the_line_that_lists_it() {
        fixture.given(registered(PartyRole.RECEIVER), asIssued())
                .when(new AdmitWaste(ID, MANIFEST, List.of(line("336-064-17", "d1", "3")), MAY))
                .expectEvents(new WasteAdmitted(ID, LICENCE, MANIFEST, FROM, new BigDecimal("3"),
                        List.of(new WasteAdmitted.LineTonnes("HW17", new BigDecimal("3")))));
    }
}
