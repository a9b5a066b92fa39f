package cn.haztrail.collection.command;

import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.shared.imports.ImportedEventWriter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link RoundStopsHandler} for an imported chunk (issue 17): the pickups of the chunk's manifests recorded on the
 * round stops that name them, in one JDBC batch instead of a statement per manifest. Rounds are never imported, so
 * the round events have no set-based path.
 */
@Component
class ImportedRoundPickups implements ImportedEventWriter {

    private final RoundStopTable table;

    ImportedRoundPickups(RoundStopTable table) {
        this.table = table;
    }

    @Override
    public String group() {
        return RoundStopsHandler.GROUP;
    }

    @Override
    public void write(List<? extends DomainEventMessage<?>> events) {
        Map<UUID, Instant> pickups = new LinkedHashMap<>();
        for (DomainEventMessage<?> message : events) {
            if (message.getPayload() instanceof ManifestPickedUp event) {
                pickups.put(event.manifestId(), event.pickedUpAt());
            } else {
                ImportedEventWriter.refuseUnwritten(message, RoundStopsHandler.class);
            }
        }
        table.pickedUp(pickups);
    }
}
