package cn.haztrail.manifest.query;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface CorrectionRepository extends JpaRepository<CorrectionRecord, UUID> {

    List<CorrectionRecord> findByManifestIdOrderByProposedAt(UUID manifestId);

    /** A page's corrections with their changes in one query. */
    @EntityGraph(attributePaths = "changes")
    List<CorrectionRecord> findByManifestIdInOrderByProposedAt(Collection<UUID> manifestIds);
}
