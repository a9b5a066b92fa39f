package cn.haztrail.ledger.query;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.ledger.query.LedgerWrites.KnownBatch;
import cn.haztrail.ledger.query.LedgerWrites.KnownManifest;
import cn.haztrail.ledger.query.LedgerWrites.ManifestLine;
import cn.haztrail.manifest.api.HandoverCompleted;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.shared.axon.ProcessingBatch;
import cn.haztrail.shared.persistence.InClause;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the ledger remembers of batches and manifests to write their later lines (a disposal's waste code, a
 * manifest's parties and lines), kept for the processing batch: what its registrations and drafts made is written
 * in one JDBC batch as it commits, and what its later events need and it did not make is read in one query for all
 * of them. A stream's events come to one segment in order, so the batch's own knowledge is never stale. Outside a
 * processing batch every call reads or writes at once.
 */
@Component
class KnownParts {

    private static final String BATCHES = "ledger-known-batches";
    private static final String MANIFESTS = "ledger-known-manifests";

    private final JdbcTemplate jdbc;

    KnownParts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A registered or repacked batch; a redelivery changes nothing. */
    void batch(UUID batchId, KnownBatch batch) {
        Map<UUID, Optional<KnownBatch>> known = ProcessingBatch.memo(BATCHES);
        known.put(batchId, Optional.of(batch));
        Object[] row = {batchId, batch.producerId(), batch.labelId(), batch.wasteCode()};
        ProcessingBatch.writeBeforeCommit("ledger-new-batches", row, rows -> jdbc.batchUpdate("insert into "
                + "ledger_batch (batch_id, producer_id, label_id, waste_code) values (?, ?, ?, ?) "
                + "on conflict do nothing", rows));
    }

    Optional<KnownBatch> batch(UUID batchId) {
        return ProcessingBatch.lookUpOnce(BATCHES, batchId,
                () -> ProcessingBatch.named(BatchDisposed.class, BatchDisposed::batchId), Optional.empty(),
                (wanted, known) -> InClause.chunks(wanted).forEach(chunk -> jdbc.query("select batch_id, producer_id, "
                        + "label_id, waste_code from ledger_batch where batch_id " + chunk.in(), rs -> {
                    known.put(rs.getObject("batch_id", UUID.class), Optional.of(new KnownBatch(
                            rs.getObject("producer_id", UUID.class), rs.getString("label_id"),
                            rs.getString("waste_code"))));
                }, chunk.values())));
    }

    /** A drafted manifest, written with its lines as the batch commits (with the number, if submitted by then). */
    void manifest(UUID manifestId, KnownManifest manifest) {
        Map<UUID, Optional<KnownManifest>> known = ProcessingBatch.memo(MANIFESTS);
        known.put(manifestId, Optional.of(manifest));
        ProcessingBatch.writeBeforeCommit("ledger-new-manifests", manifestId, ids -> insert(ids, known));
    }

    Optional<KnownManifest> manifest(UUID manifestId) {
        return ProcessingBatch.lookUpOnce(MANIFESTS, manifestId, KnownParts::manifestsNamed, Optional.empty(),
                this::load);
    }

    private static Set<UUID> manifestsNamed() {
        Set<UUID> named = new HashSet<>();
        named.addAll(ProcessingBatch.named(ManifestPickedUp.class, ManifestPickedUp::manifestId));
        named.addAll(ProcessingBatch.named(HandoverCompleted.class, HandoverCompleted::manifestId));
        named.addAll(ProcessingBatch.named(ManifestReceived.class, ManifestReceived::manifestId));
        return named;
    }

    /** Known to the batch from here on with its number: the row's update waits for the commit. */
    void numbered(UUID manifestId, String number) {
        manifest(manifestId);
        Map<UUID, Optional<KnownManifest>> known = ProcessingBatch.memo(MANIFESTS);
        known.computeIfPresent(manifestId, (id, manifest) -> manifest.map(m -> new KnownManifest(m.consignorId(),
                m.receiverId(), m.fromStorage(), number, m.lines())));
        ProcessingBatch.writeBeforeCommit("ledger-manifest-numbers", new Object[] {number, manifestId}, rows ->
                jdbc.batchUpdate("update ledger_manifest set number = ? where manifest_id = ?", rows));
    }

    /** A cancelled manifest moved nothing: what the ledger kept of it is forgotten. */
    void forget(UUID manifestId) {
        ProcessingBatch.<UUID, Optional<KnownManifest>>memo(MANIFESTS).put(manifestId, Optional.empty());
        jdbc.update("delete from ledger_manifest_line where manifest_id = ?", manifestId);
        jdbc.update("delete from ledger_manifest where manifest_id = ?", manifestId);
    }

    private void insert(List<UUID> ids, Map<UUID, Optional<KnownManifest>> known) {
        List<Object[]> manifests = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        for (UUID id : new HashSet<>(ids)) {
            known.getOrDefault(id, Optional.empty()).ifPresent(manifest -> {
                manifests.add(new Object[] {id, manifest.consignorId(), manifest.receiverId(),
                        manifest.fromStorage() ? "STORED" : "REFUSED", manifest.number()});
                manifest.lines().forEach(line -> lines.add(new Object[] {id, line.batchId(), line.labelId(),
                        line.wasteCode(), line.quantityValue(), line.quantityUnit(), line.packagingType(),
                        line.containers()}));
            });
        }
        jdbc.batchUpdate("insert into ledger_manifest (manifest_id, consignor_id, receiver_id, kind, number) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing", manifests);
        jdbc.batchUpdate("""
                insert into ledger_manifest_line (manifest_id, batch_id, label_id, waste_code, quantity_value,
                    quantity_unit, packaging_type, containers)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", lines);
    }

    private void load(Set<UUID> ids, Map<UUID, Optional<KnownManifest>> known) {
        Map<UUID, List<ManifestLine>> lines = new HashMap<>();
        for (InClause chunk : InClause.chunks(ids)) {
            jdbc.query("select manifest_id, batch_id, label_id, waste_code, quantity_value, quantity_unit, "
                    + "packaging_type, containers from ledger_manifest_line where manifest_id " + chunk.in()
                    + " order by manifest_id, batch_id",
                    rs -> {
                        lines.computeIfAbsent(rs.getObject("manifest_id", UUID.class), id -> new ArrayList<>())
                                .add(new ManifestLine(rs.getObject("batch_id", UUID.class), rs.getString("label_id"),
                                        rs.getString("waste_code"), rs.getBigDecimal("quantity_value"),
                                        rs.getString("quantity_unit"), rs.getString("packaging_type"),
                                        (Integer) rs.getObject("containers")));
                    }, chunk.values());
            jdbc.query("select manifest_id, consignor_id, receiver_id, kind, number from ledger_manifest "
                    + "where manifest_id " + chunk.in(), rs -> {
                UUID id = rs.getObject("manifest_id", UUID.class);
                known.put(id, Optional.of(new KnownManifest(rs.getObject("consignor_id", UUID.class),
                        rs.getObject("receiver_id", UUID.class), "STORED".equals(rs.getString("kind")),
                        rs.getString("number"), List.copyOf(Objects.requireNonNullElse(lines.get(id), List.of())))));
            }, chunk.values());
        }
    }
}
