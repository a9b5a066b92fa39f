package cn.haztrail.batch.query;

import cn.haztrail.shared.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One batch on one manifest, from the manifest's drafted lines: the custody steps after drafting name only the
 * manifest, so the batch's view finds its batches here (and the receiver, which arrival does not name).
 */
@Entity
@Table(name = "batch_trip")
@IdClass(BatchTripRecord.Key.class)
class BatchTripRecord extends AssignedIdEntity<BatchTripRecord.Key> {

    @Id
    @Column(name = "manifest_id")
    private UUID manifestId;
    @Id
    @Column(name = "batch_id")
    private UUID batchId;
    @Column(name = "receiver_id")
    private UUID receiverId;
    @Column(name = "drafted_at")
    private Instant draftedAt;

    protected BatchTripRecord() {
    }

    BatchTripRecord(UUID manifestId, UUID batchId, UUID receiverId, Instant draftedAt) {
        this.manifestId = manifestId;
        this.batchId = batchId;
        this.receiverId = receiverId;
        this.draftedAt = draftedAt;
    }

    UUID manifestId() {
        return manifestId;
    }

    UUID batchId() {
        return batchId;
    }

    UUID receiverId() {
        return receiverId;
    }

    record Key(UUID manifestId, UUID batchId) implements Serializable {
    }

    @Override
    public Key getId() {
        return new Key(manifestId, batchId);
    }
}
