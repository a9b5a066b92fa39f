package cn.haztrail.registry.command;

import cn.haztrail.registry.api.CheckCarrier;
import cn.haztrail.registry.api.GrantTransportPermit;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.RegisterVehicle;
import cn.haztrail.registry.claims.ClaimedIdentifiers;
import cn.haztrail.registry.claims.IdentifierKind;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * R02 for a carrier: the permits and vehicles it may register, and whether it may carry waste on a day with a
 * vehicle, judged on the permits and plates its {@link Enterprise} holds.
 */
final class CarrierRules {

    private CarrierRules() {
    }

    /** A new permit id, a permit number nobody holds, and a validity that ends after it starts. */
    static void checkGrant(GrantTransportPermit command, Map<UUID, HeldPermit> permits, ClaimedIdentifiers claims) {
        if (permits.containsKey(command.permitId())) {
            throw CommandRefused.conflict(null, "permitId",
                    Translatable.of("refused.registry.permit-exists", command.permitId()));
        }
        if (claims.isClaimed(IdentifierKind.PERMIT_NUMBER, command.number())) {
            throw CommandRefused.conflict(null, "number",
                    Translatable.of("refused.registry.permit-number-taken", command.number()));
        }
        if (command.validFrom() == null || command.validTo() == null
                || !command.validTo().isAfter(command.validFrom())) {
            throw CommandRefused.ruleViolated("R02", "validTo",
                    Translatable.of("refused.registry.permit-ends-before-start"));
        }
    }

    /** A plate registered to no carrier yet. */
    static void checkVehicle(RegisterVehicle command, Set<String> plates, ClaimedIdentifiers claims) {
        if (plates.contains(command.plate()) || claims.isClaimed(IdentifierKind.VEHICLE_PLATE, command.plate())) {
            throw CommandRefused.conflict("R02", "plate",
                    Translatable.of("refused.registry.vehicle-already-registered", command.plate()));
        }
    }

    /** A carrier with a permit valid on the day, driving a vehicle registered to it. */
    static void checkCarrier(CheckCarrier command, Set<PartyRole> roles, Collection<HeldPermit> permits,
                             Set<String> plates) {
        if (!roles.contains(PartyRole.CARRIER)) {
            throw CommandRefused.ruleViolated("R02", "carrierId", Translatable.of("refused.registry.not-a-carrier"));
        }
        if (command.onDate() == null || permits.stream().noneMatch(p -> p.validOn(command.onDate()))) {
            throw CommandRefused.ruleViolated("R02", "carrierId",
                    Translatable.of("refused.registry.no-valid-permit", command.onDate()));
        }
        if (command.vehiclePlate() == null || !plates.contains(command.vehiclePlate())) {
            throw CommandRefused.ruleViolated("R02", "vehiclePlate",
                    Translatable.of("refused.registry.vehicle-of-other-carrier", command.vehiclePlate()));
        }
    }
}
