package cn.haztrail.bench.crud;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface CrudManifestRepository extends JpaRepository<CrudManifest, UUID> {
}
