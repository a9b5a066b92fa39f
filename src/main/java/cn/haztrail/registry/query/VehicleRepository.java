package cn.haztrail.registry.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface VehicleRepository extends JpaRepository<VehicleRecord, String> {

    List<VehicleRecord> findByEnterpriseIdOrderByPlate(UUID enterpriseId);
}
