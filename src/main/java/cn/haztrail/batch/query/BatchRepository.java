package cn.haztrail.batch.query;

import cn.haztrail.batch.api.BatchStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

interface BatchRepository extends JpaRepository<BatchRecord, UUID> {

    Optional<BatchRecord> findByLabelId(String labelId);

    /** The batch, if the reader is one of its parties or regulates its origin or destination (R21). */
    @Query("""
            select b from BatchRecord b
            where b.id = :id
              and (exists (select 1 from BatchPartyRecord p where p.batchId = b.id and p.partyId = :party)
                   or exists (select 1 from BatchPartyRecord p where p.batchId = b.id
                              and p.relation in :regionalRelations and p.regionCode in :regions))""")
    Optional<BatchRecord> findVisible(UUID id, UUID party, Collection<BatchPartyRecord.Relation> regionalRelations,
                                      Collection<String> regions);

    @Query("""
            select b from BatchRecord b
            where (:status is null or b.status = :status)
              and (cast(:wasteCode as String) is null or b.wasteCode = :wasteCode)
              and (:everything = true
                   or exists (select 1 from BatchPartyRecord p where p.batchId = b.id and p.partyId = :party)
                   or exists (select 1 from BatchPartyRecord p where p.batchId = b.id
                              and p.relation in :regionalRelations and p.regionCode in :regions))
            order by b.generatedAt desc, b.id""")
    Page<BatchRecord> search(BatchStatus status, String wasteCode, boolean everything, UUID party,
                             Collection<BatchPartyRecord.Relation> regionalRelations, Collection<String> regions,
                             Pageable pageable);

    @Query("""
            select count(b) > 0 from BatchRecord b
            where b.id = :id
              and (:everything = true
                   or exists (select 1 from BatchPartyRecord p where p.batchId = b.id and p.partyId = :party)
                   or exists (select 1 from BatchPartyRecord p where p.batchId = b.id
                              and p.relation in :regionalRelations and p.regionCode in :regions))""")
    boolean isVisible(UUID id, boolean everything, UUID party,
                      Collection<BatchPartyRecord.Relation> regionalRelations, Collection<String> regions);
}
