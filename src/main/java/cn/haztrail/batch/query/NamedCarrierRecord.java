package cn.haztrail.batch.query;

import cn.haztrail.shared.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/**
 * A carrier a manifest names, for one of the manifest's batches: remembered from drafting, because submission (which
 * opens the batch to the carrier, R13) and cancellation (which closes it again) carry only the manifest's id.
 */
@Entity
@Table(name = "batch_named_carrier")
@IdClass(NamedCarrierRecord.Key.class)
class NamedCarrierRecord extends AssignedIdEntity<NamedCarrierRecord.Key> {

    @Id
    @Column(name = "manifest_id")
    private UUID manifestId;
    @Id
    @Column(name = "batch_id")
    private UUID batchId;
    @Id
    @Column(name = "carrier_id")
    private UUID carrierId;
    private boolean submitted;

    protected NamedCarrierRecord() {
    }

    NamedCarrierRecord(UUID manifestId, UUID batchId, UUID carrierId) {
        this.manifestId = manifestId;
        this.batchId = batchId;
        this.carrierId = carrierId;
    }

    void submit() {
        submitted = true;
    }

    UUID manifestId() {
        return manifestId;
    }

    UUID batchId() {
        return batchId;
    }

    boolean submitted() {
        return submitted;
    }

    UUID carrierId() {
        return carrierId;
    }

    record Key(UUID manifestId, UUID batchId, UUID carrierId) implements Serializable {
    }

    @Override
    public Key getId() {
        return new Key(manifestId, batchId, carrierId);
    }
}
