package cn.haztrail.batch.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface BatchTripRepository extends JpaRepository<BatchTripRecord, BatchTripRecord.Key> {

    List<BatchTripRecord> findByManifestId(UUID manifestId);

    /** In the order the manifests were drafted. */
    List<BatchTripRecord> findByBatchIdOrderByDraftedAtAscManifestIdAsc(UUID batchId);
}
