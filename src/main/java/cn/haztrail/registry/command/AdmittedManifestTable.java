package cn.haztrail.registry.command;

import cn.haztrail.registry.api.AdmissionOverrun;
import cn.haztrail.registry.api.WasteAdmitted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The command side's table of admitted manifests ({@code admitted_manifest}), kept by a subscribing group in the
 * admitting command's own transaction: a receipt admitted on a licence ({@link WasteAdmitted}, with its overrun if
 * any) or recorded as an overrun no licence covers ({@link AdmissionOverrun} without a licence). Manifests admitted
 * before the table existed were copied in from the stored events by V193. Never the read model.
 */
@Component
@ProcessingGroup(AdmittedManifestTable.GROUP)
class AdmittedManifestTable implements AdmittedManifests {

    static final String GROUP = "admitted-manifests";

    private final JdbcTemplate jdbc;

    AdmittedManifestTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> admittedAmong(UUID receiverId, Collection<UUID> manifestIds) {
        if (manifestIds.isEmpty()) {
            return Set.of();
        }
        List<Object> arguments = new ArrayList<>(List.of(receiverId));
        arguments.addAll(manifestIds);
        return new HashSet<>(jdbc.queryForList("select manifest_id from admitted_manifest where receiver_id = ? and "
                + "manifest_id in (" + String.join(", ", Collections.nCopies(manifestIds.size(), "?")) + ")",
                UUID.class, arguments.toArray()));
    }

    @EventHandler
    void on(WasteAdmitted event) {
        add(event.receiverId(), event.manifestId());
    }

    /** With a licence it follows the receipt's WasteAdmitted, which added the manifest already. */
    @EventHandler
    void on(AdmissionOverrun event) {
        if (event.licenceId() == null) {
            add(event.receiverId(), event.manifestId());
        }
    }

    private void add(UUID receiverId, UUID manifestId) {
        jdbc.update("insert into admitted_manifest (receiver_id, manifest_id) values (?, ?)", receiverId, manifestId);
    }
}
