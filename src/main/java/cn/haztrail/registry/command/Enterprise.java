package cn.haztrail.registry.command;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.registry.CreditCode;
import cn.haztrail.registry.api.AmendLicence;
import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.GrantLicence;
import cn.haztrail.registry.api.GrantTransportPermit;
import cn.haztrail.registry.api.LicenceAmended;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceReinstated;
import cn.haztrail.registry.api.LicenceRevoked;
import cn.haztrail.registry.api.LicenceSuspended;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.RegisterEnterprise;
import cn.haztrail.registry.api.RegisterVehicle;
import cn.haztrail.registry.api.ReinstateLicence;
import cn.haztrail.registry.api.RevokeLicence;
import cn.haztrail.registry.api.SuspendLicence;
import cn.haztrail.registry.api.TransportPermitGranted;
import cn.haztrail.registry.api.VehicleRegistered;
import cn.haztrail.shared.domain.CommandRefused;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A registered enterprise with its roles, business licences, transport permits and vehicles. */
@Aggregate
public class Enterprise {

    @AggregateIdentifier
    private UUID enterpriseId;
    private Set<PartyRole> roles;
    private final Map<UUID, HeldLicence> licences = new HashMap<>();
    private final Set<UUID> permits = new HashSet<>();
    private final Set<String> plates = new HashSet<>();

    protected Enterprise() {
    }

    @CommandHandler
    public Enterprise(RegisterEnterprise command, ClaimedIdentifiers claims, RegionDirectory regions) {
        CreditCode.problemWith(command.creditCode()).ifPresent(problem -> {
            throw CommandRefused.ruleViolated("R01", "creditCode", "credit code " + problem);
        });
        if (claims.isClaimed(IdentifierKind.CREDIT_CODE, command.creditCode())) {
            throw CommandRefused.conflict("R01", "creditCode",
                    "an enterprise with credit code " + command.creditCode() + " is already registered");
        }
        if (!regions.exists(command.regionCode())) {
            throw CommandRefused.ruleViolated(null, "regionCode",
                    command.regionCode() + " is not an administrative division code");
        }
        if (command.roles() == null || command.roles().isEmpty()) {
            throw CommandRefused.ruleViolated(null, "roles", "an enterprise plays at least one role");
        }
        apply(new EnterpriseRegistered(command.enterpriseId(), command.creditCode(), command.name(),
                command.regionCode(), command.address(), command.contactRef(),
                command.roles().stream().distinct().sorted().toList()));
    }

    @CommandHandler
    public void handle(GrantLicence command, ClaimedIdentifiers claims, LicenceTermsPolicy policy) {
        requireRole(command.mode() == LicenceMode.COLLECTION
                ? EnumSet.of(PartyRole.COLLECTOR, PartyRole.RECEIVER) : EnumSet.of(PartyRole.RECEIVER));
        if (licences.containsKey(command.licenceId())) {
            throw CommandRefused.conflict(null, "licenceId", "licence " + command.licenceId() + " exists");
        }
        if (claims.isClaimed(IdentifierKind.LICENCE_NUMBER, command.number())) {
            throw CommandRefused.conflict(null, "number", "licence number " + command.number() + " is taken");
        }
        policy.check(command.mode(), command.scope(), command.methods(), command.annualCapacityTonnes(),
                command.validFrom(), command.validTo());
        apply(new LicenceGranted(enterpriseId, command.licenceId(), command.number(), command.mode(),
                command.scope(), sorted(command.methods()), command.annualCapacityTonnes(), command.validFrom(),
                command.validTo()));
    }

    @CommandHandler
    public void handle(AmendLicence command, LicenceTermsPolicy policy) {
        HeldLicence licence = requireStatus(command.licenceId(), LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED);
        policy.check(licence.mode(), command.scope(), command.methods(), command.annualCapacityTonnes(),
                licence.validFrom(), command.validTo());
        apply(new LicenceAmended(enterpriseId, command.licenceId(), command.scope(), sorted(command.methods()),
                command.annualCapacityTonnes(), command.validTo(), command.reason()));
    }

    @CommandHandler
    public void handle(SuspendLicence command) {
        requireStatus(command.licenceId(), LicenceStatus.ACTIVE);
        apply(new LicenceSuspended(enterpriseId, command.licenceId(), command.reason()));
    }

    @CommandHandler
    public void handle(ReinstateLicence command) {
        requireStatus(command.licenceId(), LicenceStatus.SUSPENDED);
        apply(new LicenceReinstated(enterpriseId, command.licenceId(), command.reason()));
    }

    @CommandHandler
    public void handle(RevokeLicence command) {
        requireStatus(command.licenceId(), LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED);
        apply(new LicenceRevoked(enterpriseId, command.licenceId(), command.reason()));
    }

    @CommandHandler
    public void handle(GrantTransportPermit command, ClaimedIdentifiers claims) {
        requireRole(EnumSet.of(PartyRole.CARRIER));
        if (permits.contains(command.permitId())) {
            throw CommandRefused.conflict(null, "permitId", "permit " + command.permitId() + " exists");
        }
        if (claims.isClaimed(IdentifierKind.PERMIT_NUMBER, command.number())) {
            throw CommandRefused.conflict(null, "number", "permit number " + command.number() + " is taken");
        }
        if (command.validFrom() == null || command.validTo() == null
                || !command.validTo().isAfter(command.validFrom())) {
            throw CommandRefused.ruleViolated("R02", "validTo", "a permit must end after it starts");
        }
        apply(new TransportPermitGranted(enterpriseId, command.permitId(), command.number(), command.validFrom(),
                command.validTo()));
    }

    @CommandHandler
    public void handle(RegisterVehicle command, ClaimedIdentifiers claims) {
        requireRole(EnumSet.of(PartyRole.CARRIER));
        if (plates.contains(command.plate()) || claims.isClaimed(IdentifierKind.VEHICLE_PLATE, command.plate())) {
            throw CommandRefused.conflict("R02", "plate", "vehicle " + command.plate() + " is already registered");
        }
        apply(new VehicleRegistered(enterpriseId, command.plate(), command.operatingPermitNo()));
    }

    private void requireRole(Set<PartyRole> anyOf) {
        if (roles.stream().noneMatch(anyOf::contains)) {
            throw CommandRefused.ruleViolated(null, "roles", "this enterprise is not registered as " + anyOf);
        }
    }

    private HeldLicence requireStatus(UUID licenceId, LicenceStatus... allowed) {
        HeldLicence licence = licences.get(licenceId);
        if (licence == null) {
            throw CommandRefused.notFound("licenceId", "no licence " + licenceId + " on this enterprise");
        }
        if (!List.of(allowed).contains(licence.status())) {
            throw CommandRefused.conflict(null, "licenceId", "licence " + licenceId + " is " + licence.status());
        }
        return licence;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().distinct().sorted().toList();
    }

    @EventSourcingHandler
    void on(EnterpriseRegistered event) {
        enterpriseId = event.enterpriseId();
        roles = EnumSet.copyOf(event.roles());
    }

    @EventSourcingHandler
    void on(LicenceGranted event) {
        licences.put(event.licenceId(), new HeldLicence(event.mode(), event.validFrom(), LicenceStatus.ACTIVE));
    }

    @EventSourcingHandler
    void on(LicenceSuspended event) {
        licences.computeIfPresent(event.licenceId(), (id, licence) -> licence.withStatus(LicenceStatus.SUSPENDED));
    }

    @EventSourcingHandler
    void on(LicenceReinstated event) {
        licences.computeIfPresent(event.licenceId(), (id, licence) -> licence.withStatus(LicenceStatus.ACTIVE));
    }

    @EventSourcingHandler
    void on(LicenceRevoked event) {
        licences.computeIfPresent(event.licenceId(), (id, licence) -> licence.withStatus(LicenceStatus.REVOKED));
    }

    @EventSourcingHandler
    void on(TransportPermitGranted event) {
        permits.add(event.permitId());
    }

    @EventSourcingHandler
    void on(VehicleRegistered event) {
        plates.add(event.plate());
    }
}
