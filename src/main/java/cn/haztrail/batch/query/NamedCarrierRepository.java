package cn.haztrail.batch.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface NamedCarrierRepository extends JpaRepository<NamedCarrierRecord, NamedCarrierRecord.Key> {

    List<NamedCarrierRecord> findByManifestId(UUID manifestId);

    /** Whether another submitted manifest still names the carrier for the batch (a follow-on after a rejection). */
    boolean existsByBatchIdAndCarrierIdAndSubmittedTrue(UUID batchId, UUID carrierId);
}
