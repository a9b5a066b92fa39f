package cn.haztrail.manifest.command;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

/** Drafting's table of drafted manifests; never the read model. */
public interface ManifestTripTable extends JpaRepository<ManifestTrip, UUID> {
}
