package cn.haztrail.registry.command;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.registry.api.AmendLicence;
import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.GrantLicence;
import cn.haztrail.registry.api.GrantTransportPermit;
import cn.haztrail.registry.api.LicenceAmended;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceReinstated;
import cn.haztrail.registry.api.LicenceRevoked;
import cn.haztrail.registry.api.LicenceSuspended;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.RegisterEnterprise;
import cn.haztrail.registry.api.RegisterVehicle;
import cn.haztrail.registry.api.ReinstateLicence;
import cn.haztrail.registry.api.RevokeLicence;
import cn.haztrail.registry.api.SingleScopeTerms;
import cn.haztrail.registry.api.SuspendLicence;
import cn.haztrail.registry.api.TransportPermitGranted;
import cn.haztrail.registry.api.VehicleRegistered;
import cn.haztrail.registry.claims.ClaimedIdentifiers;
import cn.haztrail.registry.claims.IdentifierKind;
import cn.haztrail.shared.domain.RefusalReason;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.support.Refusals.refused;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class EnterpriseTest {

    private static final UUID ID = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
    private static final UUID CONTACT = UUID.fromString("3c4d5e6f-7a8b-4c0d-9e2f-3a4b5c6d7e8f");
    private static final UUID LICENCE = UUID.fromString("1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d");
    private static final String CODE = "91360200MA39H5LD0E";

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2030, 12, 31);

    private AggregateTestFixture<Enterprise> fixture;
    private ClaimedIdentifiers claims;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Enterprise.class);
        claims = mock(ClaimedIdentifiers.class);
        fixture.registerInjectableResource(claims);
        fixture.registerInjectableResource(TestReferenceData.regionDirectory());
        fixture.registerInjectableResource(new LicenceTermsPolicy(TestReferenceData.wasteCatalogue(),
                TestReferenceData.methodCatalogue()));
    }

    private static EnterpriseRegistered registered(PartyRole... roles) {
        return new EnterpriseRegistered(ID, CODE, "处置中心", "360222", "浮梁县", CONTACT, List.of(roles));
    }

    private static LicenceGranted granted() {
        return new LicenceGranted(ID, LICENCE, "赣危废经字第1号", LicenceMode.COMPREHENSIVE, lines(List.of("D10")),
                new BigDecimal("30000"), FROM, TO);
    }

    /** HW08 and HW49 (without 900-044-49), each by the same methods. */
    private static List<LicenceLine> lines(List<String> methods) {
        return new SingleScopeTerms(List.of("HW08", "HW49"), List.of(), List.of("900-044-49"), methods).asLines();
    }

    private static GrantLicence grant(LicenceMode mode, List<String> methods, LocalDate validTo) {
        return new GrantLicence(ID, LICENCE, "赣危废经字第1号", mode, lines(methods), new BigDecimal("30000"), FROM,
                validTo, null);
    }

    @Test
    void R01_an_enterprise_with_a_valid_code_is_registered_with_its_roles_in_order() {
        fixture.givenNoPriorActivity()
                .when(new RegisterEnterprise(ID, CODE, "处置中心", "360222", "浮梁县", CONTACT,
                        List.of(PartyRole.RECEIVER, PartyRole.PRODUCER, PartyRole.RECEIVER)))
                .expectEvents(registered(PartyRole.PRODUCER, PartyRole.RECEIVER));
    }

    @Test
    void R01_a_wrong_check_character_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterEnterprise(ID, "91360200MA39H5LD0F", "处置中心", "360222", "浮梁县", CONTACT,
                        List.of(PartyRole.RECEIVER)))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R01", "creditCode"));
    }

    @Test
    void R01_a_registered_credit_code_cannot_be_registered_again() {
        when(claims.isClaimed(IdentifierKind.CREDIT_CODE, CODE)).thenReturn(true);
        fixture.givenNoPriorActivity()
                .when(new RegisterEnterprise(ID, CODE, "处置中心", "360222", "浮梁县", CONTACT, List.of(PartyRole.RECEIVER)))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R01", "creditCode"));
    }

    @Test
    void an_unknown_region_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterEnterprise(ID, CODE, "处置中心", "369999", "浮梁县", CONTACT, List.of(PartyRole.RECEIVER)))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, null, "regionCode"));
    }

    @Test
    void R03_a_receiver_is_granted_a_licence_with_sorted_methods() {
        fixture.given(registered(PartyRole.RECEIVER))
                .when(grant(LicenceMode.COMPREHENSIVE, List.of("R9", "D10", "R9"), TO))
                .expectEvents(new LicenceGranted(ID, LICENCE, "赣危废经字第1号", LicenceMode.COMPREHENSIVE,
                        lines(List.of("D10", "R9")), new BigDecimal("30000"), FROM, TO));
    }

    @Test
    void R05_a_collection_licence_allows_storage_and_collection_only() {
        fixture.given(registered(PartyRole.COLLECTOR))
                .when(grant(LicenceMode.COLLECTION, List.of("HTC1", "D1"), LocalDate.of(2028, 12, 31)))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R05", "lines[0].methods"));
    }

    @Test
    void R05_a_collection_licence_with_collection_methods_is_granted() {
        fixture.given(registered(PartyRole.COLLECTOR))
                .when(grant(LicenceMode.COLLECTION, List.of("HTS1", "HTC1"), LocalDate.of(2028, 12, 31)))
                .expectEvents(new LicenceGranted(ID, LICENCE, "赣危废经字第1号", LicenceMode.COLLECTION,
                        lines(List.of("HTC1", "HTS1")), new BigDecimal("30000"), FROM, LocalDate.of(2028, 12, 31)));
    }

    @Test
    void R03_a_comprehensive_licence_is_valid_for_at_most_five_years() {
        fixture.given(registered(PartyRole.RECEIVER))
                .when(grant(LicenceMode.COMPREHENSIVE, List.of("D10"), LocalDate.of(2031, 1, 2)))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "validTo"));
    }

    @Test
    void R03_a_licence_method_must_be_a_known_code() {
        fixture.given(registered(PartyRole.RECEIVER))
                .when(grant(LicenceMode.COMPREHENSIVE, List.of("D99"), TO))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "lines[0].methods"));
    }

    @Test
    void R03_a_line_excludes_codes_of_its_own_category_only() {
        fixture.given(registered(PartyRole.RECEIVER))
                .when(new GrantLicence(ID, LICENCE, "赣危废经字第1号", LicenceMode.COMPREHENSIVE,
                        List.of(new LicenceLine("HW08", List.of("900-044-49"), List.of("D10"), null)),
                        new BigDecimal("30000"), FROM, TO, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R03", "lines[0].excludedCodes"));
    }

    @Test
    void only_receivers_hold_comprehensive_licences() {
        fixture.given(registered(PartyRole.PRODUCER))
                .when(grant(LicenceMode.COMPREHENSIVE, List.of("D10"), TO))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, null, "roles"));
    }

    @Test
    void a_licence_number_is_granted_once() {
        when(claims.isClaimed(IdentifierKind.LICENCE_NUMBER, "赣危废经字第1号")).thenReturn(true);
        fixture.given(registered(PartyRole.RECEIVER))
                .when(grant(LicenceMode.COMPREHENSIVE, List.of("D10"), TO))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, null, "number"));
    }

    @Test
    void R03_an_amendment_carries_the_complete_new_terms() {
        fixture.given(registered(PartyRole.RECEIVER), granted())
                .when(new AmendLicence(ID, LICENCE, lines(List.of("R9", "D10")), new BigDecimal("45000"), TO, "扩建",
                        null))
                .expectEvents(new LicenceAmended(ID, LICENCE, lines(List.of("D10", "R9")), new BigDecimal("45000"), TO,
                        "扩建"));
    }

    @Test
    void a_licence_is_suspended_reinstated_and_revoked() {
        fixture.given(registered(PartyRole.RECEIVER), granted(), new LicenceSuspended(ID, LICENCE, "整顿"))
                .when(new ReinstateLicence(ID, LICENCE, "整改完成", null))
                .expectEvents(new LicenceReinstated(ID, LICENCE, "整改完成"));
    }

    @Test
    void an_active_licence_cannot_be_reinstated() {
        fixture.given(registered(PartyRole.RECEIVER), granted())
                .when(new ReinstateLicence(ID, LICENCE, "?", null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, null, "licenceId"));
    }

    @Test
    void a_revoked_licence_stays_revoked() {
        fixture.given(registered(PartyRole.RECEIVER), granted(), new LicenceRevoked(ID, LICENCE, "吊销"))
                .when(new SuspendLicence(ID, LICENCE, "整顿", null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, null, "licenceId"));
    }

    @Test
    void a_licence_is_revoked() {
        fixture.given(registered(PartyRole.RECEIVER), granted())
                .when(new RevokeLicence(ID, LICENCE, "吊销", null))
                .expectEvents(new LicenceRevoked(ID, LICENCE, "吊销"));
    }

    @Test
    void an_unknown_licence_is_not_found() {
        fixture.given(registered(PartyRole.RECEIVER))
                .when(new SuspendLicence(ID, LICENCE, "整顿", null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.NOT_FOUND, null, "licenceId"));
    }

    @Test
    void R02_a_carrier_is_granted_a_transport_permit() {
        UUID permit = UUID.fromString("2b3c4d5e-6f7a-4b9c-8d1e-2f3a4b5c6d7e");
        fixture.given(registered(PartyRole.CARRIER))
                .when(new GrantTransportPermit(ID, permit, "赣交运管许可1号", FROM, TO, null))
                .expectEvents(new TransportPermitGranted(ID, permit, "赣交运管许可1号", FROM, TO));
    }

    @Test
    void R02_a_permit_must_end_after_it_starts() {
        fixture.given(registered(PartyRole.CARRIER))
                .when(new GrantTransportPermit(ID, UUID.randomUUID(), "赣交运管许可1号", TO, FROM, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R02", "validTo"));
    }

    @Test
    void R02_a_carrier_registers_a_vehicle() {
        fixture.given(registered(PartyRole.CARRIER))
                .when(new RegisterVehicle(ID, "赣H12345", "赣交运管景字1号", null))
                .expectEvents(new VehicleRegistered(ID, "赣H12345", "赣交运管景字1号"));
    }

    @Test
    void R02_a_vehicle_is_registered_once() {
        fixture.given(registered(PartyRole.CARRIER), new VehicleRegistered(ID, "赣H12345", "赣交运管景字1号"))
                .when(new RegisterVehicle(ID, "赣H12345", "赣交运管景字2号", null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R02", "plate"));
    }

    @Test
    void R02_only_carriers_register_vehicles() {
        fixture.given(registered(PartyRole.PRODUCER))
                .when(new RegisterVehicle(ID, "赣H12345", "赣交运管景字1号", null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, null, "roles"));
    }

    @Test
    void a_stale_expected_version_is_refused() {
        fixture.given(registered(PartyRole.CARRIER), new VehicleRegistered(ID, "赣H12345", "x"))
                .when(new RegisterVehicle(ID, "赣H67890", "y", 0L))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }
}
