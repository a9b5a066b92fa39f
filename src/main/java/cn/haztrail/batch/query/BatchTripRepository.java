package cn.haztrail.batch.query;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface BatchTripRepository extends JpaRepository<BatchTripRecord, BatchTripRecord.Key> {

    /**
     * The batches a manifest holds now, each as {trip, batch}, in one statement: a batch a later manifest took on (it
     * was rejected and sent on, or taken back) is not moved by this one.
     */
    @Query("""
            select t, b from BatchTripRecord t join BatchRecord b on b.id = t.batchId
            where t.manifestId = :manifestId and b.manifestId = :manifestId
            """)
    List<Object[]> findHeldBy(UUID manifestId);

    /** In the order the manifests were drafted. */
    List<BatchTripRecord> findByBatchIdOrderByDraftedAtAscManifestIdAsc(UUID batchId);
}
