package cn.haztrail.registry.command;

import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.registry.RegistrationChecks;
import cn.haztrail.registry.api.AdmissionOverrun;
import cn.haztrail.registry.api.AdmissionReleased;
import cn.haztrail.registry.api.AdmissionReservationExpired;
import cn.haztrail.registry.api.AdmissionReserved;
import cn.haztrail.registry.api.AdmitWaste;
import cn.haztrail.registry.api.AmendLicence;
import cn.haztrail.registry.api.CheckAdmission;
import cn.haztrail.registry.api.CheckCarrier;
import cn.haztrail.registry.api.ConfirmAdmission;
import cn.haztrail.registry.api.ConfirmAdmissions;
import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.GrantLicence;
import cn.haztrail.registry.api.GrantTransportPermit;
import cn.haztrail.registry.api.LicenceAmended;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceReinstated;
import cn.haztrail.registry.api.LicenceRevoked;
import cn.haztrail.registry.api.LicenceStatus;
import cn.haztrail.registry.api.LicenceSuspended;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.RegisterEnterprise;
import cn.haztrail.registry.api.RegisterVehicle;
import cn.haztrail.registry.api.ReinstateLicence;
import cn.haztrail.registry.api.ReleaseAdmission;
import cn.haztrail.registry.api.ReserveAdmission;
import cn.haztrail.registry.api.RevokeLicence;
import cn.haztrail.registry.api.SuspendLicence;
import cn.haztrail.registry.api.TransportPermitGranted;
import cn.haztrail.registry.api.VehicleRegistered;
import cn.haztrail.registry.api.WasteAdmitted;
import cn.haztrail.registry.claims.ClaimedIdentifiers;
import cn.haztrail.shared.axon.AggregateCaches;
import cn.haztrail.shared.axon.SnapshotConfiguration;
import cn.haztrail.shared.axon.TransactionScopedLockFactory;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A registered enterprise with its roles, business licences, transport permits and vehicles. It also decides
 * whether it may receive waste (R03, R04, R05; the licences' bookkeeping lives in {@link LicenceBook}) and whether it
 * may carry it (R02, judged by {@link CarrierRules}), since it alone knows its licences, permits and vehicles as they
 * stand.
 *
 * <p>A receipt holds room on the receiver's licence year first ({@link ReserveAdmission}), then confirms or releases
 * it, each in its own transaction; a hold nobody ends expires after {@link AdmissionReservationTerms#expireAfter()}.
 * What it remembers of receipts is bounded ({@link AdmissionMemory}).
 *
 * <p>Its stream grows by a few events per received manifest, so it is loaded from a snapshot of its fields
 * taken every so many events ({@link SnapshotConfiguration}). The revision names the shape of those fields: a
 * snapshot of another revision is ignored and the aggregate is rebuilt from its events (2: licences as lines;
 * 3: holds, and admitted manifests remembered for two licence years only; 4: holds only, the admitted manifests
 * being in {@link AdmittedManifests}).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@Revision("4")
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.LONG_STREAMS,
        lockFactory = TransactionScopedLockFactory.BEAN, cache = AggregateCaches.ENTERPRISES)
public class Enterprise {

    /** The deadline that ends a hold nobody confirmed or released. */
    public static final String RESERVATION_EXPIRY = "admission-reservation-expiry";

    @AggregateIdentifier
    private UUID enterpriseId;
    private Set<PartyRole> roles;
    // Not final: a snapshot is read back into these fields.
    private LicenceBook licences = new LicenceBook();
    private AdmissionMemory admissions = new AdmissionMemory();
    private Map<UUID, HeldPermit> permits = new HashMap<>();
    private Set<String> plates = new HashSet<>();

    protected Enterprise() {
    }

    @CommandHandler
    public Enterprise(RegisterEnterprise command, ClaimedIdentifiers claims, RegionDirectory regions) {
        RegistrationChecks.check(command.creditCode(), command.regionCode(), command.roles(), claims, regions);
        apply(new EnterpriseRegistered(command.enterpriseId(), command.creditCode(), command.name(),
                command.regionCode(), command.address(), command.contactRef(),
                command.roles().stream().distinct().sorted().toList()));
    }

    @CommandHandler
    public void handle(GrantLicence command, ClaimedIdentifiers claims, LicenceTermsPolicy policy) {
        requireRole(command.mode() == LicenceMode.COLLECTION
                ? EnumSet.of(PartyRole.COLLECTOR, PartyRole.RECEIVER) : EnumSet.of(PartyRole.RECEIVER));
        LicenceGrantChecks.check(command, licences, claims, policy);
        apply(new LicenceGranted(enterpriseId, command.licenceId(), command.number(), command.mode(),
                command.lines(), command.annualCapacityTonnes(), command.validFrom(), command.validTo()));
    }

    @CommandHandler
    public void handle(AmendLicence command, LicenceTermsPolicy policy) {
        HeldLicence licence = licences.require(command.licenceId(), LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED);
        policy.check(licence.mode(), command.lines(), command.annualCapacityTonnes(), licence.validFrom(),
                command.validTo());
        apply(new LicenceAmended(enterpriseId, command.licenceId(), command.lines(), command.annualCapacityTonnes(),
                command.validTo(), command.reason()));
    }

    @CommandHandler
    public void handle(SuspendLicence command) {
        licences.require(command.licenceId(), LicenceStatus.ACTIVE);
        apply(new LicenceSuspended(enterpriseId, command.licenceId(), command.reason()));
    }

    @CommandHandler
    public void handle(ReinstateLicence command) {
        licences.require(command.licenceId(), LicenceStatus.SUSPENDED);
        apply(new LicenceReinstated(enterpriseId, command.licenceId(), command.reason()));
    }

    @CommandHandler
    public void handle(RevokeLicence command) {
        licences.require(command.licenceId(), LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED);
        apply(new LicenceRevoked(enterpriseId, command.licenceId(), command.reason()));
    }

    @CommandHandler
    public void handle(GrantTransportPermit command, ClaimedIdentifiers claims) {
        requireRole(EnumSet.of(PartyRole.CARRIER));
        CarrierRules.checkGrant(command, permits, claims);
        apply(new TransportPermitGranted(enterpriseId, command.permitId(), command.number(), command.validFrom(),
                command.validTo()));
    }

    @CommandHandler
    public void handle(RegisterVehicle command, ClaimedIdentifiers claims) {
        requireRole(EnumSet.of(PartyRole.CARRIER));
        CarrierRules.checkVehicle(command, plates, claims);
        apply(new VehicleRegistered(enterpriseId, command.plate(), command.operatingPermitNo()));
    }

    /** R03, R04, R05: answers the id of the licence that would cover the lines; stores nothing. */
    @CommandHandler
    public UUID handle(CheckAdmission command, MethodCatalogue methods) {
        return licences.decide(command.lines(), command.onDate(), command.coveredUntil(), methods, admissions, false)
                .licenceId();
    }

    /** R03, R04, R05: counts accepted waste against the covering licence's year; answers that licence's id. */
    @CommandHandler
    public UUID handle(AdmitWaste command, MethodCatalogue methods, AdmittedManifests admittedManifests) {
        WasteAdmitted admitted = steps(admittedManifests).admit(command.manifestId(), command.lines(),
                command.onDate(), methods);
        apply(admitted);
        return admitted.licenceId();
    }

    /** R03, R04, R05: holds room for a receipt under way, counting other holds as used; answers the licence's id. */
    @CommandHandler
    public UUID handle(ReserveAdmission command, MethodCatalogue methods, AdmissionReservationTerms terms,
                       DeadlineManager deadlines, AdmittedManifests admittedManifests) {
        Instant expiresAt = GenericEventMessage.clock.instant().plus(terms.expireAfter());
        AdmissionReserved reserved = steps(admittedManifests).reserve(command, expiresAt, methods);
        if (reserved == null) {
            return admissions.pending(command.manifestId()).licenceId();
        }
        apply(reserved);
        deadlines.schedule(expiresAt, RESERVATION_EXPIRY, new AdmissionReservationDue(command.manifestId(), expiresAt));
        return reserved.licenceId();
    }

    /** R04: the receipt happened; admitted from its hold, or without one (recording any overrun), never refused. */
    @CommandHandler
    public void handle(ConfirmAdmission command, MethodCatalogue methods, AdmittedManifests admittedManifests) {
        steps(admittedManifests).confirm(command, methods).forEach(AggregateLifecycle::apply);
    }

    /** R04: several receipts at once, each confirmed as above on what the ones before it left. */
    @CommandHandler
    public void handle(ConfirmAdmissions command, MethodCatalogue methods, AdmittedManifests admittedManifests) {
        AdmissionSteps steps = steps(admittedManifests);
        steps.askAhead(command.admissions().stream().map(ConfirmAdmission::manifestId).toList());
        command.admissions().forEach(each -> steps.confirm(each, methods).forEach(AggregateLifecycle::apply));
    }

    /** R04: gives back what a refused receipt held; nothing to give back (never held, expired) changes nothing. */
    @CommandHandler
    public void handle(ReleaseAdmission command, AdmittedManifests admittedManifests) {
        steps(admittedManifests).release(command).ifPresent(AggregateLifecycle::apply);
    }

    @DeadlineHandler(deadlineName = RESERVATION_EXPIRY)
    void reservationDue(AdmissionReservationDue due, AdmittedManifests admittedManifests) {
        steps(admittedManifests).expire(due).ifPresent(AggregateLifecycle::apply);
    }

    private AdmissionSteps steps(AdmittedManifests admittedManifests) {
        return new AdmissionSteps(enterpriseId, licences, admissions, admittedManifests);
    }

    /** R02: a carrier with a permit valid on the day, driving a vehicle registered to it; stores nothing. */
    @CommandHandler
    public void handle(CheckCarrier command) {
        CarrierRules.checkCarrier(command, roles, permits.values(), plates);
    }

    private void requireRole(Set<PartyRole> anyOf) {
        if (roles.stream().noneMatch(anyOf::contains)) {
            throw CommandRefused.ruleViolated(null, "roles", Translatable.of("refused.registry.role-missing", anyOf));
        }
    }

    @EventSourcingHandler
    void on(EnterpriseRegistered event) {
        enterpriseId = event.enterpriseId();
        roles = EnumSet.copyOf(event.roles());
    }

    @EventSourcingHandler
    void on(LicenceGranted event) {
        licences.granted(event);
    }

    @EventSourcingHandler
    void on(LicenceAmended event) {
        licences.amended(event);
    }

    @EventSourcingHandler
    void on(LicenceSuspended event) {
        licences.statusChanged(event.licenceId(), LicenceStatus.SUSPENDED);
    }

    @EventSourcingHandler
    void on(LicenceReinstated event) {
        licences.statusChanged(event.licenceId(), LicenceStatus.ACTIVE);
    }

    @EventSourcingHandler
    void on(LicenceRevoked event) {
        licences.statusChanged(event.licenceId(), LicenceStatus.REVOKED);
    }

    @EventSourcingHandler
    void on(WasteAdmitted event) {
        licences.admitted(event);
        admissions.ended(event.manifestId());
    }

    @EventSourcingHandler
    void on(AdmissionReserved event) {
        admissions.reserved(event);
    }

    @EventSourcingHandler
    void on(AdmissionReleased event) {
        admissions.ended(event.manifestId());
    }

    @EventSourcingHandler
    void on(AdmissionReservationExpired event) {
        admissions.ended(event.manifestId());
    }

    @EventSourcingHandler
    void on(AdmissionOverrun event) {
        admissions.ended(event.manifestId());
    }

    @EventSourcingHandler
    void on(TransportPermitGranted event) {
        permits.put(event.permitId(), new HeldPermit(event.validFrom(), event.validTo()));
    }

    @EventSourcingHandler
    void on(VehicleRegistered event) {
        plates.add(event.plate());
    }
}
