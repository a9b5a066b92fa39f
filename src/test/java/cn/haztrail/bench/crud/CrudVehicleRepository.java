package cn.haztrail.bench.crud;

import org.springframework.data.jpa.repository.JpaRepository;


interface CrudVehicleRepository extends JpaRepository<CrudVehicle, String> {
}
