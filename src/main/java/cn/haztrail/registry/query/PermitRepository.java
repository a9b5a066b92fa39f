package cn.haztrail.registry.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface PermitRepository extends JpaRepository<PermitRecord, UUID> {

    List<PermitRecord> findByEnterpriseIdOrderByValidFromAscNumberAsc(UUID enterpriseId);
}
