package cn.haztrail.oversight.alerts;

import cn.haztrail.shared.axon.ProcessingBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the batch alerts need of a batch's custody, kept by the oversight processor itself: the batches each manifest
 * carries (a pickup names none) and the steps that close a batch's alerts, by their events' global positions. The
 * processor's segments handle a batch's own events and its manifests' in any order; a transaction that records or
 * settles takes the oversight custody lock first ({@code indicator_rollup_lock}, the one the indicators' facts take)
 * and keeps it to its commit, so an alert and the step that closes it, handled at once in two segments, never miss
 * each other.
 */
@Component
class CustodySteps {

    enum Step { PICKUP, RECEIPT, DISPOSAL }

    /** A step that closes alerts; {@code manifestId} is null for a disposal. */
    record Row(long position, Step step, UUID manifestId, Instant at) {
    }

    /** Shared with the indicators' facts, so a processing batch takes the lock once. */
    static final String LOCKED = "oversight-custody-lock";

    private final JdbcTemplate jdbc;

    CustodySteps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void lock() {
        Map<String, Boolean> locked = ProcessingBatch.memo(LOCKED);
        if (locked.putIfAbsent("locked", Boolean.TRUE) == null) {
            jdbc.queryForList("select id from indicator_rollup_lock where id = 1 for update", Integer.class);
        }
    }

    void carries(UUID manifestId, List<UUID> batchIds) {
        jdbc.batchUpdate("insert into oversight_manifest_batch (manifest_id, batch_id) values (?, ?) "
                + "on conflict do nothing", batchIds.stream().map(batch -> new Object[] {manifestId, batch}).toList());
    }

    List<UUID> batchesOf(UUID manifestId) {
        return jdbc.queryForList("select batch_id from oversight_manifest_batch where manifest_id = ?", UUID.class,
                manifestId);
    }

    /** A redelivered step is recorded once. */
    void record(UUID batchId, long position, Step step, UUID manifestId, Instant at) {
        jdbc.update("insert into oversight_custody_step (batch_id, event_position, step, manifest_id, step_at) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing", batchId, position, step.name(), manifestId,
                at.atOffset(ZoneOffset.UTC));
    }

    /** The batch's steps in the events' order. */
    List<Row> of(UUID batchId) {
        return jdbc.query("select event_position, step, manifest_id, step_at from oversight_custody_step "
                + "where batch_id = ? order by event_position", (row, i) -> new Row(row.getLong(1),
                Step.valueOf(row.getString(2)), row.getObject(3, UUID.class), row.getObject(4, OffsetDateTime.class).toInstant()),
                batchId);
    }

    void clear() {
        jdbc.update("delete from oversight_manifest_batch");
        jdbc.update("delete from oversight_custody_step");
    }
}
