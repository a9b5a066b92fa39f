package cn.haztrail.batch.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/**
 * An enterprise that is or was party to a batch: its producer, each carrier that picked it up, each carrier named on
 * a submitted manifest that carries it, each receiver it was delivered to. Kept for good, so that a carrier still
 * reads what it carried and a receiver what it rejected (R21); the region lets a regulator find the batches whose
 * origin or destination lies in its jurisdiction.
 */
@Entity
@Table(name = "batch_party")
@IdClass(BatchPartyRecord.Key.class)
class BatchPartyRecord {

    /**
     * How an enterprise relates to a batch; regulators read by producer and receiver regions only. A NAMED_CARRIER
     * is named on a submitted manifest holding the batch: it scans the labels at pickup (R13), so it reads the batch
     * from submission on; it has no region, so it brings the batch into no jurisdiction.
     */
    enum Relation { PRODUCER, CARRIER, RECEIVER, NAMED_CARRIER }

    @Id
    @Column(name = "batch_id")
    private UUID batchId;
    @Id
    @Column(name = "party_id")
    private UUID partyId;
    @Id
    @Enumerated(EnumType.STRING)
    private Relation relation;
    @Column(name = "region_code")
    private String regionCode;

    protected BatchPartyRecord() {
    }

    BatchPartyRecord(UUID batchId, UUID partyId, Relation relation, String regionCode) {
        this.batchId = batchId;
        this.partyId = partyId;
        this.relation = relation;
        this.regionCode = regionCode;
    }

    Key key() {
        return new Key(batchId, partyId, relation);
    }

    record Key(UUID batchId, UUID partyId, Relation relation) implements Serializable {
    }
}
