package cn.haztrail.registry.command;

import cn.haztrail.registry.api.AdmissionOverrun;
import cn.haztrail.registry.api.WasteAdmitted;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The admitted manifests as {@link AdmittedManifestTable} holds them, read from an aggregate fixture's own store:
 * the given events, so a scenario that gives an admission finds it admitted. Each question asked is added to
 * {@code questions}, with the manifests it named.
 */
final class AdmittedInStore implements AdmittedManifests {

    private final EventStore store;
    private final List<Collection<UUID>> questions;

    AdmittedInStore(EventStore store, List<Collection<UUID>> questions) {
        this.store = store;
        this.questions = questions;
    }

    @Override
    public Set<UUID> admittedAmong(UUID receiverId, Collection<UUID> manifestIds) {
        questions.add(List.copyOf(manifestIds));
        return store.readEvents(receiverId.toString()).asStream().map(Message::getPayload)
                .map(payload -> payload instanceof WasteAdmitted admitted ? admitted.manifestId()
                        : payload instanceof AdmissionOverrun overrun ? overrun.manifestId() : null)
                .filter(Objects::nonNull).filter(manifestIds::contains).collect(Collectors.toSet());
    }
}
