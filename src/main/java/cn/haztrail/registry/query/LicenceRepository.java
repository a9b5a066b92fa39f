package cn.haztrail.registry.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface LicenceRepository extends JpaRepository<LicenceRecord, UUID> {

    List<LicenceRecord> findByEnterpriseIdOrderByValidFromAscNumberAsc(UUID enterpriseId);
}
