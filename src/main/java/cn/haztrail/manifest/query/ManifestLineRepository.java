package cn.haztrail.manifest.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface ManifestLineRepository extends JpaRepository<ManifestLineRecord, ManifestLineRecord.Key> {

    List<ManifestLineRecord> findByManifestIdOrderByLineNo(UUID manifestId);

    List<ManifestLineRecord> findByManifestIdIn(Collection<UUID> manifestIds);
}
