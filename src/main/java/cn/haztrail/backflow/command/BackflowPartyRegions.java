package cn.haztrail.backflow.command;

import cn.haztrail.registry.api.EnterpriseRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each enterprise is registered, for the import's jurisdiction check (R21), kept in the registering command's
 * own transaction (a subscribing processor); enterprises registered before were copied in by migration V121.
 */
@Component
@ProcessingGroup(BackflowPartyRegions.GROUP)
class BackflowPartyRegions {

    static final String GROUP = "backflow-party-regions";

    private final JdbcTemplate jdbc;

    BackflowPartyRegions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EnterpriseRegistered event) {
        if (jdbc.update("update backflow_party_region set region_code = ? where enterprise_id = ?",
                event.regionCode(), event.enterpriseId()) == 0) {
            jdbc.update("insert into backflow_party_region (enterprise_id, region_code) values (?, ?)",
                    event.enterpriseId(), event.regionCode());
        }
    }
}
