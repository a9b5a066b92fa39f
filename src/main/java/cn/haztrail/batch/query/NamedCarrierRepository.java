package cn.haztrail.batch.query;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.UUID;

interface NamedCarrierRepository extends JpaRepository<NamedCarrierRecord, NamedCarrierRecord.Key> {

    List<NamedCarrierRecord> findByManifestId(UUID manifestId);

    /** One statement for all of a manifest's pairs, rather than reading them to mark each. */
    @Modifying
    @Query("update NamedCarrierRecord n set n.submitted = true where n.manifestId = :manifestId")
    void submit(@Param("manifestId") UUID manifestId);

    /** Whether another submitted manifest still names the carrier for the batch (a follow-on after a rejection). */
    boolean existsByBatchIdAndCarrierIdAndSubmittedTrue(UUID batchId, UUID carrierId);
}
