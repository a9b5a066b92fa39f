package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.ManifestDrafted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ManifestTripTable} in the drafting command's own transaction (a subscribing processor whose errors
 * propagate), so a manifest can be followed on exactly when its draft is stored. Manifests drafted before this table
 * existed were copied in by the migration that made it (V170).
 */
@Component
@ProcessingGroup(ManifestTripsHandler.GROUP)
class ManifestTripsHandler {

    static final String GROUP = "manifest-trips";

    private final ManifestTripTable table;

    ManifestTripsHandler(ManifestTripTable table) {
        this.table = table;
    }

    @EventHandler
    void on(ManifestDrafted event) {
        table.save(new ManifestTrip(event.manifestId(), event.consignorId(), event.destinationRegion()));
    }
}
