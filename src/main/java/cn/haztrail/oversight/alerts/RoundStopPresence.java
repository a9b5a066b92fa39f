package cn.haztrail.oversight.alerts;

import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.shared.axon.ProcessingBatch;
import cn.haztrail.shared.persistence.InClause;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a manifest is a watched stop of a collection round, asked once per processing batch for every manifest its
 * submissions, pickups and cancellations name: few manifests are, and for the others {@link RoundAlerts} makes no
 * lookup. Stops are written only by {@link RoundAlerts}, in the one segment of its processor, so what the database
 * says at the batch's first question and the stops the batch adds itself ({@link #added}) are all there are.
 */
@Component
class RoundStopPresence {

    private static final String KNOWN = "round-stop-presence";

    private final JdbcTemplate jdbc;

    RoundStopPresence(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean isStop(UUID manifestId) {
        return ProcessingBatch.lookUpOnce(KNOWN, manifestId, RoundStopPresence::named, Boolean.FALSE,
                (wanted, known) -> InClause.chunks(wanted).forEach(chunk -> jdbc.query("select distinct manifest_id "
                        + "from alert_round_stop where manifest_id " + chunk.in(), rs -> {
                    known.put(rs.getObject(1, UUID.class), Boolean.TRUE);
                }, chunk.values())));
    }

    /** A stop watched from this processing batch on. */
    void added(UUID manifestId) {
        ProcessingBatch.<UUID, Boolean>memo(KNOWN).put(manifestId, Boolean.TRUE);
    }

    private static Set<UUID> named() {
        Set<UUID> ids = new HashSet<>();
        ids.addAll(ProcessingBatch.named(ManifestSubmitted.class, ManifestSubmitted::manifestId));
        ids.addAll(ProcessingBatch.named(ManifestPickedUp.class, ManifestPickedUp::manifestId));
        ids.addAll(ProcessingBatch.named(ManifestCancelled.class, ManifestCancelled::manifestId));
        return ids;
    }
}
