package cn.haztrail.approval.command;

import cn.haztrail.registry.api.EnterpriseRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link PartyRegionTable} in the registering command's own transaction (a subscribing processor whose errors
 * propagate), so a party's region is known exactly when its registration is stored. Enterprises registered before
 * this table existed were copied in by the migration that made it.
 */
@Component
@ProcessingGroup(PartyRegionsHandler.GROUP)
class PartyRegionsHandler {

    static final String GROUP = "approval-party-regions";

    private final PartyRegionTable table;

    PartyRegionsHandler(PartyRegionTable table) {
        this.table = table;
    }

    @EventHandler
    void on(EnterpriseRegistered event) {
        table.save(new PartyRegion(event.enterpriseId(), event.regionCode()));
    }
}
