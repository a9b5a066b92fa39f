package cn.haztrail.oversight.alerts;

import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.shared.axon.ProcessingBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a manifest may have alerts for {@link ManifestAlerts} to number or close, asked once per processing batch
 * for every manifest its submissions, pickups, receipts and cancellations name: most have none, and then those
 * handlers make no lookup. The alerts they close are opened by the manifest's own events, which the same segment
 * handles in order, or by this processing batch ({@link #opened}); an alert another processor opens after the
 * question learns the manifest's number from the manifest's view, which the submission's transaction wrote.
 */
@Component
class ManifestAlertPresence {

    private final ManifestRowsInBatch alerts;

    ManifestAlertPresence(JdbcTemplate jdbc) {
        this.alerts = new ManifestRowsInBatch(jdbc, "oversight_alert", ManifestAlertPresence::touched);
    }

    boolean mayHave(UUID manifestId) {
        return alerts.has(manifestId);
    }

    /** An alert about the manifest opened in this processing batch. */
    void opened(UUID manifestId) {
        alerts.added(manifestId);
    }

    private static Set<UUID> touched() {
        Set<UUID> ids = new HashSet<>();
        ids.addAll(ProcessingBatch.named(ManifestSubmitted.class, ManifestSubmitted::manifestId));
        ids.addAll(ProcessingBatch.named(ManifestPickedUp.class, ManifestPickedUp::manifestId));
        ids.addAll(ProcessingBatch.named(ManifestReceived.class, ManifestReceived::manifestId));
        ids.addAll(ProcessingBatch.named(ManifestCancelled.class, ManifestCancelled::manifestId));
        return ids;
    }
}
