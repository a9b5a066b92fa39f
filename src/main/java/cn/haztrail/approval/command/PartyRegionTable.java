package cn.haztrail.approval.command;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

/** The command side's table of enterprises' regions; never the read model. */
public interface PartyRegionTable extends JpaRepository<PartyRegion, UUID> {
}
