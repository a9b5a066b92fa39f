package cn.haztrail.collection.command;

import cn.haztrail.collection.api.CollectionRoundCompleted;
import cn.haztrail.collection.api.CollectionRoundStopAdded;
import cn.haztrail.manifest.api.ManifestPickedUp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link RoundStopTable} in the commands' own transactions (a subscribing processor whose errors propagate):
 * a stop is known to the next round asked to take its manifest, and a pickup to the round's completion, as soon as
 * they are stored. Stops of rounds not completed before this table existed were copied in by V185.
 */
@Component
@ProcessingGroup(RoundStopsHandler.GROUP)
class RoundStopsHandler {

    static final String GROUP = "collection-round-stops";

    private final RoundStopTable table;

    RoundStopsHandler(RoundStopTable table) {
        this.table = table;
    }

    @EventHandler
    void on(CollectionRoundStopAdded event) {
        table.stopAdded(event.roundId(), event.manifestId());
    }

    @EventHandler
    void on(ManifestPickedUp event) {
        table.pickedUp(event.manifestId(), event.pickedUpAt());
    }

    @EventHandler
    void on(CollectionRoundCompleted event) {
        table.released(event.roundId());
    }
}
