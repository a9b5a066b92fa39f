package cn.haztrail.batch.query;

import cn.haztrail.batch.query.BatchPartyRecord.Relation;
import cn.haztrail.shared.imports.ChunkRows;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The batch view's rows one imported chunk touches, read with one query per table before its events are applied and
 * kept managed, so that applying an event asks the database nothing and the whole chunk is written at the flush
 * (issue 17): each row it creates by one insert with its final state ({@link ChunkRows}).
 */
final class BatchViewChunk {

    private final ChunkRows rows;
    private final Map<UUID, BatchRecord> batches = new HashMap<>();
    private final Map<BatchTripRecord.Key, BatchTripRecord> trips = new LinkedHashMap<>();
    private final Map<NamedCarrierRecord.Key, NamedCarrierRecord> named = new LinkedHashMap<>();
    private final Map<BatchPartyRecord.Key, BatchPartyRecord> parties = new HashMap<>();

    BatchViewChunk(EntityManager entityManager, Collection<UUID> batchIds, Collection<UUID> manifestIds) {
        this.rows = new ChunkRows(entityManager);
        if (!manifestIds.isEmpty()) {
            entityManager.createQuery("select t from BatchTripRecord t where t.manifestId in :ids",
                    BatchTripRecord.class).setParameter("ids", manifestIds).getResultList()
                    .forEach(trip -> trips.put(key(trip), trip));
        }
        List<UUID> allBatches = new ArrayList<>(batchIds);
        trips.values().forEach(trip -> allBatches.add(trip.batchId()));
        if (!allBatches.isEmpty()) {
            entityManager.createQuery("select b from BatchRecord b where b.id in :ids", BatchRecord.class)
                    .setParameter("ids", allBatches).getResultList().forEach(batch -> batches.put(batch.id(), batch));
            entityManager.createQuery("select n from NamedCarrierRecord n where n.batchId in :ids",
                    NamedCarrierRecord.class).setParameter("ids", allBatches).getResultList()
                    .forEach(pair -> named.put(key(pair), pair));
            entityManager.createQuery("select p from BatchPartyRecord p where p.batchId in :ids",
                    BatchPartyRecord.class).setParameter("ids", allBatches).getResultList()
                    .forEach(party -> parties.put(party.key(), party));
        }
    }

    Optional<BatchRecord> batch(UUID id) {
        return Optional.ofNullable(batches.get(id));
    }

    void add(BatchRecord batch) {
        batches.put(batch.id(), batch);
        rows.add(batch);
    }

    void save(BatchTripRecord trip) {
        trips.put(key(trip), store(trips.get(key(trip)), trip));
    }

    List<BatchTripRecord> tripsOf(UUID manifestId) {
        return trips.values().stream().filter(trip -> trip.manifestId().equals(manifestId)).toList();
    }

    void save(NamedCarrierRecord pair) {
        named.put(key(pair), store(named.get(key(pair)), pair));
    }

    List<NamedCarrierRecord> namedOn(UUID manifestId) {
        return named.values().stream().filter(pair -> pair.manifestId().equals(manifestId)).toList();
    }

    void remove(NamedCarrierRecord pair) {
        named.remove(key(pair));
        rows.remove(pair);
    }

    boolean namedOnSubmitted(UUID batchId, UUID carrierId) {
        return named.values().stream().anyMatch(pair -> pair.batchId().equals(batchId)
                && pair.carrierId().equals(carrierId) && pair.submitted());
    }

    void save(BatchPartyRecord party) {
        parties.put(party.key(), store(parties.get(party.key()), party));
    }

    void removeParty(UUID batchId, UUID partyId, Relation relation) {
        BatchPartyRecord party = parties.remove(new BatchPartyRecord.Key(batchId, partyId, relation));
        if (party != null) {
            rows.remove(party);
        }
    }

    /** Writes the rows the chunk created, once its events have all been applied. */
    void persistCreated() {
        rows.persistCreated();
    }

    private <T> T store(T current, T record) {
        return rows.save(current, record);
    }

    private static BatchTripRecord.Key key(BatchTripRecord trip) {
        return new BatchTripRecord.Key(trip.manifestId(), trip.batchId());
    }

    private static NamedCarrierRecord.Key key(NamedCarrierRecord pair) {
        return new NamedCarrierRecord.Key(pair.manifestId(), pair.batchId(), pair.carrierId());
    }
}
