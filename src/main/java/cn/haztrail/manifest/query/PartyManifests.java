package cn.haztrail.manifest.query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rows a party's manifest list reads (V191): one per drafted manifest and enterprise it names, with the capacities
 * the enterprise holds. A manifest's parties never change after drafting (a handover goes to a carrier it names), so
 * the rows are written once. One JDBC batch for every row, so that a draft costs one more statement, not three.
 */
@Component
class PartyManifests {

    private final JdbcTemplate jdbc;

    PartyManifests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void drafted(Collection<ManifestRecord> manifests) {
        List<Object[]> rows = new ArrayList<>();
        for (ManifestRecord manifest : manifests) {
            List<UUID> carriers = manifest.carrierIds();
            Set<UUID> parties = new LinkedHashSet<>();
            parties.add(manifest.consignorId());
            parties.addAll(carriers);
            parties.add(manifest.receiverId());
            for (UUID party : parties) {
                rows.add(new Object[] {party, manifest.id(), party.equals(manifest.consignorId()),
                        carriers.contains(party), party.equals(manifest.receiverId()),
                        manifest.draftedAt().atOffset(ZoneOffset.UTC)});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into party_manifest (enterprise_id, manifest_id, consignor, carrier, receiver, "
                    + "drafted_at) values (?, ?, ?, ?, ?, ?)", rows);
        }
    }
}
