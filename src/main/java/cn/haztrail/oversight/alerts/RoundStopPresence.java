package cn.haztrail.oversight.alerts;

import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.shared.axon.ProcessingBatch;
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

    private final ManifestRowsInBatch stops;

    RoundStopPresence(JdbcTemplate jdbc) {
        this.stops = new ManifestRowsInBatch(jdbc, "alert_round_stop", RoundStopPresence::named);
    }

    boolean isStop(UUID manifestId) {
        return stops.has(manifestId);
    }

    /** A stop watched from this processing batch on. */
    void added(UUID manifestId) {
        stops.added(manifestId);
    }

    private static Set<UUID> named() {
        Set<UUID> ids = new HashSet<>();
        ids.addAll(ProcessingBatch.named(ManifestSubmitted.class, ManifestSubmitted::manifestId));
        ids.addAll(ProcessingBatch.named(ManifestPickedUp.class, ManifestPickedUp::manifestId));
        ids.addAll(ProcessingBatch.named(ManifestCancelled.class, ManifestCancelled::manifestId));
        return ids;
    }
}
