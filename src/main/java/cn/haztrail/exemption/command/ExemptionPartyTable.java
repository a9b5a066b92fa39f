package cn.haztrail.exemption.command;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

/** The command side's table of enterprises' regions and roles for exemptions; never the read model. */
public interface ExemptionPartyTable extends JpaRepository<ExemptionParty, UUID> {
}
