package cn.haztrail.oversight.alerts;

import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.shared.axon.ProcessingBatch;
import cn.haztrail.shared.persistence.InClause;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the batch alerts need of a batch's custody, kept by the oversight processor itself: the batches each manifest
 * carries (a pickup names none) and the steps that close a batch's alerts, by their events' global positions. The
 * processor's segments handle a batch's own events and its manifests' in any order; a transaction that records or
 * settles does so as it commits, under the oversight custody lock ({@link cn.haztrail.oversight.SharedCustodyRows}),
 * so an alert and the step that closes it, handled at once in two segments, never miss each other.
 */
@Component
class CustodySteps {

    enum Step { PICKUP, RECEIPT, DISPOSAL }

    /** A step that closes alerts; {@code manifestId} is null for a disposal. */
    record Row(long position, Step step, UUID manifestId, Instant at) {
    }

    private static final String CARRIED = "oversight-carried";
    private static final String STORED_CARRIES = "oversight-stored-carries";
    private static final String RECORDED = "oversight-recorded-steps";
    private static final String CARRIES = "oversight-carries";
    private static final String STEPS = "oversight-steps";

    private final JdbcTemplate jdbc;

    CustodySteps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Written with the processing batch's other rows just before it commits; later events of the batch see it. */
    void carries(UUID manifestId, List<UUID> batchIds) {
        Map<UUID, List<UUID>> carried = ProcessingBatch.memo(CARRIED);
        carried.computeIfAbsent(manifestId, id -> new ArrayList<>()).addAll(batchIds);
        batchIds.forEach(batch -> ProcessingBatch.writeBeforeCommit(CARRIES, new Object[] {manifestId, batch},
                rows -> jdbc.batchUpdate("insert into oversight_manifest_batch (manifest_id, batch_id) values (?, ?) "
                        + "on conflict do nothing", rows)));
    }

    /**
     * The batches the manifest carries. The first call of a processing batch reads them for every manifest picked up
     * in it at once; only the manifest's own segment writes them ({@link #carries}), so what was read stays true.
     */
    List<UUID> batchesOf(UUID manifestId) {
        Map<UUID, List<UUID>> carried = ProcessingBatch.memo(CARRIED);
        Map<UUID, List<UUID>> stored = ProcessingBatch.memo(STORED_CARRIES);
        if (!stored.containsKey(manifestId)) {
            Set<UUID> wanted = new HashSet<>(ProcessingBatch.named(ManifestPickedUp.class, ManifestPickedUp::manifestId));
            wanted.add(manifestId);
            wanted.removeAll(stored.keySet());
            wanted.forEach(id -> stored.put(id, new ArrayList<>()));
            InClause.chunks(wanted).forEach(chunk -> jdbc.query("select manifest_id, batch_id from "
                    + "oversight_manifest_batch where manifest_id " + chunk.in(), rs -> {
                stored.get(rs.getObject(1, UUID.class)).add(rs.getObject(2, UUID.class));
            }, chunk.values()));
        }
        Set<UUID> batches = new LinkedHashSet<>(stored.get(manifestId));
        batches.addAll(carried.getOrDefault(manifestId, List.of()));
        return List.copyOf(batches);
    }

    /** A redelivered step is recorded once; written just before the processing batch commits. */
    void record(UUID batchId, long position, Step step, UUID manifestId, Instant at) {
        Map<UUID, List<Row>> recorded = ProcessingBatch.memo(RECORDED);
        // microseconds, as the database keeps them, and the same value written: a database rounds a finer instant
        // (.5890175 -> .589018), so a step read back after the commit would differ from the one kept here
        Instant kept = at.truncatedTo(ChronoUnit.MICROS);
        recorded.computeIfAbsent(batchId, id -> new ArrayList<>()).add(new Row(position, step, manifestId, kept));
        ProcessingBatch.writeBeforeCommit(STEPS, new Object[] {batchId, position, step.name(), manifestId,
                kept.atOffset(ZoneOffset.UTC)}, rows -> jdbc.batchUpdate("insert into oversight_custody_step (batch_id, "
                + "event_position, step, manifest_id, step_at) values (?, ?, ?, ?, ?) on conflict do nothing", rows));
    }

    /** The batch's steps in the events' order, those of this processing batch not yet written among them. */
    List<Row> of(UUID batchId) {
        Map<Long, Row> byPosition = new TreeMap<>();
        jdbc.query("select event_position, step, manifest_id, step_at from oversight_custody_step "
                + "where batch_id = ? order by event_position", (row, i) -> new Row(row.getLong(1),
                Step.valueOf(row.getString(2)), row.getObject(3, UUID.class),
                row.getObject(4, OffsetDateTime.class).toInstant()),
                batchId).forEach(row -> byPosition.put(row.position(), row));
        ProcessingBatch.<UUID, List<Row>>memo(RECORDED).getOrDefault(batchId, List.of())
                .forEach(row -> byPosition.putIfAbsent(row.position(), row));
        return List.copyOf(byPosition.values());
    }

    void clear() {
        jdbc.update("delete from oversight_manifest_batch");
        jdbc.update("delete from oversight_custody_step");
    }
}
