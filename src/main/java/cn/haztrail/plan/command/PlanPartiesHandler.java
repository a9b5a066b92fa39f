package cn.haztrail.plan.command;

import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.PartyRole;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * Keeps {@link PlanPartyTable} in the registering command's own transaction (a subscribing processor), so a
 * producer's region and a planned receiver's registration are known exactly when they are stored. Enterprises
 * registered before the table existed were copied in by its migration.
 */
@Component
@ProcessingGroup(PlanPartiesHandler.GROUP)
class PlanPartiesHandler {

    static final String GROUP = "plan-parties";

    private final PlanPartyTable table;

    PlanPartiesHandler(PlanPartyTable table) {
        this.table = table;
    }

    @EventHandler
    void on(EnterpriseRegistered event) {
        table.save(new PlanParty(event.enterpriseId(), event.regionCode(),
                event.roles().stream().map(PartyRole::name).collect(Collectors.joining(","))));
    }
}
