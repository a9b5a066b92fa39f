package cn.haztrail.manifest.command;

import cn.haztrail.registry.api.EnterpriseRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ManifestPartyTable} in the registering command's own transaction (a subscribing processor whose errors
 * propagate), so a party can be named on a manifest exactly when its registration is stored. Enterprises registered
 * before this table existed were copied in by the migration that made it (V157).
 */
@Component
@ProcessingGroup(ManifestPartiesHandler.GROUP)
class ManifestPartiesHandler {

    static final String GROUP = "manifest-parties";

    private final ManifestPartyTable table;

    ManifestPartiesHandler(ManifestPartyTable table) {
        this.table = table;
    }

    @EventHandler
    void on(EnterpriseRegistered event) {
        table.save(new ManifestParty(event.enterpriseId(), event.name(), event.regionCode(), event.roles()));
    }
}
