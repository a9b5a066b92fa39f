package cn.haztrail.manifest.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface CorrectionRepository extends JpaRepository<CorrectionRecord, UUID> {

    List<CorrectionRecord> findByManifestIdOrderByProposedAt(UUID manifestId);
}
