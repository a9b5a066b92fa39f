package cn.haztrail.manifest.command;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

/** Drafting's table of registered enterprises; never the read model. */
public interface ManifestPartyTable extends JpaRepository<ManifestParty, UUID> {
}
