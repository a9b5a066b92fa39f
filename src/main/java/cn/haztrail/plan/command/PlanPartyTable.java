package cn.haztrail.plan.command;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

/** The plan command side's table of registered enterprises; never the registry's read model. */
public interface PlanPartyTable extends JpaRepository<PlanParty, UUID> {
}
