package cn.haztrail.registry.command;

import cn.haztrail.registry.api.CheckCarrier;
import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.TransportPermitGranted;
import cn.haztrail.registry.api.VehicleRegistered;
import cn.haztrail.shared.domain.RefusalReason;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.support.Refusals.refused;

/** R02: who may confirm a pickup, with which vehicle, on which day. */
class CarrierCheckTest {

    private static final UUID ID = EnterpriseFixtures.ID;
    private static final UUID PERMIT = UUID.fromString("2b3c4d5e-6f7a-4b9c-8d1e-2f3a4b5c6d7e");
    private static final LocalDate FROM = LocalDate.of(2025, 6, 1);
    private static final LocalDate TO = LocalDate.of(2029, 5, 31);
    private static final String PLATE = "赣H12345";

    private AggregateTestFixture<Enterprise> fixture;

    @BeforeEach
    void setUp() {
        fixture = EnterpriseFixtures.enterprise();
    }

    private static EnterpriseRegistered registered(PartyRole role) {
        return new EnterpriseRegistered(ID, "91360200MA38R2TC18", "安运", "360203", "珠山区", null, List.of(role));
    }

    private static TransportPermitGranted permit() {
        return new TransportPermitGranted(ID, PERMIT, "赣交运管许可1号", FROM, TO);
    }

    private static VehicleRegistered vehicle() {
        return new VehicleRegistered(ID, PLATE, "赣交运管景字1号");
    }

    @Test
    void R02_a_carrier_with_a_valid_permit_and_its_own_vehicle_may_pick_up() {
        fixture.given(registered(PartyRole.CARRIER), permit(), vehicle())
                .when(new CheckCarrier(ID, PLATE, LocalDate.of(2026, 5, 1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void R02_the_permit_is_valid_on_its_last_day() {
        fixture.given(registered(PartyRole.CARRIER), permit(), vehicle())
                .when(new CheckCarrier(ID, PLATE, TO))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void R02_a_carrier_without_a_permit_is_refused() {
        fixture.given(registered(PartyRole.CARRIER), vehicle())
                .when(new CheckCarrier(ID, PLATE, LocalDate.of(2026, 5, 1)))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R02", "carrierId"));
    }

    @Test
    void R02_an_expired_permit_is_refused() {
        fixture.given(registered(PartyRole.CARRIER), permit(), vehicle())
                .when(new CheckCarrier(ID, PLATE, TO.plusDays(1)))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R02", "carrierId"));
    }

    @Test
    void R02_a_permit_not_yet_valid_is_refused() {
        fixture.given(registered(PartyRole.CARRIER), permit(), vehicle())
                .when(new CheckCarrier(ID, PLATE, FROM.minusDays(1)))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R02", "carrierId"));
    }

    @Test
    void R02_a_vehicle_not_registered_to_the_carrier_is_refused() {
        fixture.given(registered(PartyRole.CARRIER), permit(), vehicle())
                .when(new CheckCarrier(ID, "赣H99999", LocalDate.of(2026, 5, 1)))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R02", "vehiclePlate"));
    }

    @Test
    void R02_an_enterprise_that_is_not_a_carrier_is_refused() {
        fixture.given(registered(PartyRole.PRODUCER))
                .when(new CheckCarrier(ID, PLATE, LocalDate.of(2026, 5, 1)))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R02", "carrierId"));
    }
}
