package cn.haztrail.oversight.alerts;

import cn.haztrail.shared.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A manifest on the road, kept from pickup so that the scheduled check can tell a long transit (its row lock also
 * orders the check against the arrival that ends the watch).
 */
@Entity
@Table(name = "alert_transit")
public class TransitWatch extends AssignedIdEntity<UUID> {

    @Id
    @Column(name = "manifest_id")
    private UUID manifestId;
    @Column(name = "carrier_id")
    private UUID carrierId;
    /** Business time of the pickup. */
    @Column(name = "picked_up_at")
    private Instant pickedUpAt;
    /** When the arrival was recorded: from then on the check leaves the watch alone. */
    @Column(name = "arrival_recorded_at")
    private Instant arrivalRecordedAt;
    @Column(name = "alert_raised")
    private boolean alertRaised;

    protected TransitWatch() {
    }

    TransitWatch(UUID manifestId, UUID carrierId, Instant pickedUpAt) {
        this.manifestId = manifestId;
        this.carrierId = carrierId;
        // The column keeps microseconds: a watch read back must say the same as one still in memory (replays).
        this.pickedUpAt = pickedUpAt.truncatedTo(ChronoUnit.MICROS);
    }

    void raised() {
        alertRaised = true;
    }

    void arrivalRecorded(Instant at) {
        arrivalRecordedAt = at;
    }

    public UUID manifestId() { return manifestId; }

    @Override
    public UUID getId() {
        return manifestId;
    }
    public UUID carrierId() { return carrierId; }
    public Instant pickedUpAt() { return pickedUpAt; }
    public Instant arrivalRecordedAt() { return arrivalRecordedAt; }
    public boolean alertRaised() { return alertRaised; }
}
