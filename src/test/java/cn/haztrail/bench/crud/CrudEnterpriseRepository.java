package cn.haztrail.bench.crud;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface CrudEnterpriseRepository extends JpaRepository<CrudEnterprise, UUID> {
}
