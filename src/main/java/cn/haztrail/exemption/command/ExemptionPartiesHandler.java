package cn.haztrail.exemption.command;

import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.PartyRole;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * Keeps {@link ExemptionPartyTable} in the registering command's own transaction (a subscribing processor), so a
 * party is known exactly when its registration is stored. Enterprises registered before the table existed were
 * copied in by the migration that made it.
 */
@Component
@ProcessingGroup(ExemptionPartiesHandler.GROUP)
class ExemptionPartiesHandler {

    static final String GROUP = "exemption-lookups";

    private final ExemptionPartyTable table;

    ExemptionPartiesHandler(ExemptionPartyTable table) {
        this.table = table;
    }

    @EventHandler
    void on(EnterpriseRegistered event) {
        table.save(new ExemptionParty(event.enterpriseId(), event.regionCode(),
                event.roles().stream().map(PartyRole::name).collect(Collectors.joining(","))));
    }
}
