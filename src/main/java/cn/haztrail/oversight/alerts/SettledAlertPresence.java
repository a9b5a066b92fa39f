package cn.haztrail.oversight.alerts;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.shared.axon.ProcessingBatch;
import cn.haztrail.shared.persistence.InClause;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a batch may have storage or discrepancy alerts to settle, asked once per processing batch for every batch
 * its events touch: most have none, and then {@link BatchAlerts} reads neither its alerts nor its steps. Asked under
 * the oversight custody lock ({@link cn.haztrail.oversight.SharedCustodyRows}), which every writer of those alerts
 * holds to its commit, so the answer stays true for the rest of the processing batch but for the alerts it opens
 * itself ({@link #opened}).
 */
@Component
class SettledAlertPresence {

    private static final String KNOWN = "oversight-settled-alert-presence";

    private final JdbcTemplate jdbc;
    private final CustodySteps steps;

    SettledAlertPresence(JdbcTemplate jdbc, CustodySteps steps) {
        this.jdbc = jdbc;
        this.steps = steps;
    }

    boolean mayHave(UUID batchId, Collection<AlertType> types) {
        InClause typesIn = new InClause(types.stream().map(AlertType::name).toList());
        return ProcessingBatch.lookUpOnce(KNOWN, batchId, this::touched, Boolean.FALSE, (wanted, known) ->
                InClause.chunks(wanted).forEach(chunk -> jdbc.query("select distinct batch_id from oversight_alert "
                        + "where type " + typesIn.in() + " and batch_id " + chunk.in(), rs -> {
                    known.put(rs.getObject(1, UUID.class), Boolean.TRUE);
                }, concat(typesIn.values(), chunk.values()))));
    }

    /** An alert of the batch opened in this processing batch. */
    void opened(UUID batchId) {
        ProcessingBatch.<UUID, Boolean>memo(KNOWN).put(batchId, Boolean.TRUE);
    }

    /** Every batch the processing batch's events settle. */
    private Set<UUID> touched() {
        Set<UUID> ids = new HashSet<>();
        ids.addAll(ProcessingBatch.named(BatchStorageOverdue.class, BatchStorageOverdue::batchId));
        ids.addAll(ProcessingBatch.named(DiscrepancyRecorded.class, DiscrepancyRecorded::batchId));
        ids.addAll(ProcessingBatch.named(BatchDisposed.class, BatchDisposed::batchId));
        ProcessingBatch.named(ManifestReceived.class, ManifestReceived::lines)
                .forEach(lines -> lines.stream().map(LineOutcome::batchId).forEach(ids::add));
        ProcessingBatch.named(ManifestPickedUp.class, ManifestPickedUp::manifestId)
                .forEach(manifest -> ids.addAll(steps.batchesOf(manifest)));
        return ids;
    }

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] all = new Object[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
