package cn.haztrail.registry.command;

import cn.haztrail.registry.api.AdmissionOverrun;
import cn.haztrail.registry.api.WasteAdmitted;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;

import java.util.UUID;

/**
 * The admitted manifests as {@link AdmittedManifestTable} holds them, read from an aggregate fixture's own store:
 * the given events, so a scenario that gives an admission finds it admitted.
 */
final class AdmittedInStore implements AdmittedManifests {

    private final EventStore store;

    AdmittedInStore(EventStore store) {
        this.store = store;
    }

    @Override
    public boolean admitted(UUID receiverId, UUID manifestId) {
        return store.readEvents(receiverId.toString()).asStream().map(Message::getPayload)
                .anyMatch(payload -> payload instanceof WasteAdmitted admitted
                        && admitted.manifestId().equals(manifestId)
                        || payload instanceof AdmissionOverrun overrun && overrun.manifestId().equals(manifestId));
    }
}
