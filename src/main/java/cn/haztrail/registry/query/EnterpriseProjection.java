package cn.haztrail.registry.query;

import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.LicenceAmended;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceReinstated;
import cn.haztrail.registry.api.LicenceRevoked;
import cn.haztrail.registry.api.LicenceSuspended;
import cn.haztrail.registry.api.TransportPermitGranted;
import cn.haztrail.registry.api.VehicleRegistered;
import cn.haztrail.registry.api.WasteAdmitted;
import cn.haztrail.registry.api.LicenceStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * The registry as parties read it. Subscribing: updated in the command's own transaction, so the answer to a write
 * and its ETag already show the write.
 */
@Component
@ProcessingGroup(EnterpriseProjection.GROUP)
class EnterpriseProjection {

    static final String GROUP = "registry-view";

    private final EnterpriseRepository enterprises;
    private final LicenceRepository licences;
    private final PermitRepository permits;
    private final VehicleRepository vehicles;

    EnterpriseProjection(EnterpriseRepository enterprises, LicenceRepository licences, PermitRepository permits,
                         VehicleRepository vehicles) {
        this.enterprises = enterprises;
        this.licences = licences;
        this.permits = permits;
        this.vehicles = vehicles;
    }

    @EventHandler
    void on(EnterpriseRegistered event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        enterprises.save(new EnterpriseRecord(event.enterpriseId(), event.creditCode(), event.name(),
                event.regionCode(), event.address(), event.contactRef(),
                event.roles().stream().map(Enum::name).toList(), recordedAt, version));
    }

    @EventHandler
    void on(LicenceGranted event, @SequenceNumber long version) {
        var licence = new LicenceRecord(event.licenceId(), event.enterpriseId(), event.number(), event.mode(),
                event.validFrom());
        licence.setTerms(event.lines(), event.annualCapacityTonnes(), event.validTo());
        licences.save(licence);
        advance(event.enterpriseId(), version);
    }

    @EventHandler
    void on(LicenceAmended event, @SequenceNumber long version) {
        licences.findById(event.licenceId()).ifPresent(licence -> licence.setTerms(event.lines(),
                event.annualCapacityTonnes(), event.validTo()));
        advance(event.enterpriseId(), version);
    }

    @EventHandler
    void on(LicenceSuspended event, @SequenceNumber long version) {
        status(event.enterpriseId(), event.licenceId(), LicenceStatus.SUSPENDED, event.reason(), version);
    }

    @EventHandler
    void on(LicenceReinstated event, @SequenceNumber long version) {
        status(event.enterpriseId(), event.licenceId(), LicenceStatus.ACTIVE, event.reason(), version);
    }

    @EventHandler
    void on(LicenceRevoked event, @SequenceNumber long version) {
        status(event.enterpriseId(), event.licenceId(), LicenceStatus.REVOKED, event.reason(), version);
    }

    @EventHandler
    void on(TransportPermitGranted event, @SequenceNumber long version) {
        permits.save(new PermitRecord(event.permitId(), event.enterpriseId(), event.number(), event.validFrom(),
                event.validTo()));
        advance(event.enterpriseId(), version);
    }

    @EventHandler
    void on(VehicleRegistered event, @SequenceNumber long version) {
        vehicles.save(new VehicleRecord(event.plate(), event.enterpriseId(), event.operatingPermitNo()));
        advance(event.enterpriseId(), version);
    }

    /** Admissions are the command side's bookkeeping (R04); the view only moves the ETag on with the stream. */
    @EventHandler
    void on(WasteAdmitted event, @SequenceNumber long version) {
        advance(event.receiverId(), version);
    }

    private void status(UUID enterpriseId, UUID licenceId, LicenceStatus status, String reason, long version) {
        licences.findById(licenceId).ifPresent(licence -> licence.setStatus(status, reason));
        advance(enterpriseId, version);
    }

    private void advance(UUID enterpriseId, long version) {
        enterprises.findById(enterpriseId).ifPresent(enterprise -> enterprise.advanceTo(version));
    }
}
