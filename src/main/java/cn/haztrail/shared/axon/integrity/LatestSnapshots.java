package cn.haztrail.shared.axon.integrity;

import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;

import java.util.List;
import java.util.Optional;

/**
 * A stream's latest snapshot read together with the hash stored on the event it was taken after, in one statement:
 * what proving it against the chain needs ({@link SnapshotProofs}). Each load of an aggregate from a snapshot asked
 * for that hash in a statement of its own.
 */
final class LatestSnapshots {

    /** The snapshot as Axon reads it, and its event's stored metadata; null if that event is gone. */
    record WithEventHash(DomainEventData<?> snapshot, byte[] eventMetaData) {

        /** The hash that proves the snapshot; null if its event is gone or carries none. */
        String eventHash() {
            return eventMetaData == null ? null : StoredMetaData.read(eventMetaData).get(ChainedEvent.HASH);
        }
    }

    private LatestSnapshots() {
    }

    static Optional<WithEventHash> of(EntityManager entityManager, String snapshotEntity, String eventEntity,
                                      String aggregateIdentifier) {
        List<Object[]> rows = entityManager.createQuery("select s.type, s.aggregateIdentifier, s.sequenceNumber, "
                        + "s.eventIdentifier, s.timeStamp, s.payloadType, s.payloadRevision, s.payload, s.metaData, "
                        + "e.metaData from " + snapshotEntity + " s left join " + eventEntity + " e "
                        + "on e.aggregateIdentifier = s.aggregateIdentifier and e.sequenceNumber = s.sequenceNumber "
                        + "where s.aggregateIdentifier = :id order by s.sequenceNumber desc", Object[].class)
                .setParameter("id", aggregateIdentifier)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(row -> new WithEventHash(new GenericDomainEventEntry<>(
                (String) row[0], (String) row[1], (Long) row[2], (String) row[3], row[4], (String) row[5],
                (String) row[6], row[7], row[8]), (byte[]) row[9]));
    }
}
