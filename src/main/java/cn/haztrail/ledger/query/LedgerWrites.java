package cn.haztrail.ledger.query;

import cn.haztrail.shared.axon.ProcessingBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger's tables as the projection writes them. Every insert ignores a row that is there already, so that a
 * redelivered event (or one applied again after a crash before the token moved) changes nothing.
 */
@Repository
class LedgerWrites {

    private final JdbcTemplate jdbc;

    LedgerWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Written with the processing batch's other lines in one JDBC batch just before it commits: nothing in the
     * projection reads the lines back.
     */
    void add(LedgerLine line) {
        ProcessingBatch.writeBeforeCommit("ledger-lines", line, this::insert);
    }

    private void insert(List<LedgerLine> lines) {
        jdbc.batchUpdate("""
                insert into ledger_line (line_key, enterprise_id, movement, batch_id, label_id, manifest_id,
                    manifest_number, waste_code, quantity_value, quantity_unit, tonnes, packaging_type, containers,
                    storage_location, method_code, counterparty_id, occurred_at, occurred_on, responsible_ref, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                lines.stream().map(line -> new Object[] {line.key(), line.enterpriseId(), line.movement().name(),
                        line.batchId(), line.labelId(), line.manifestId(), line.manifestNumber(), line.wasteCode(),
                        line.quantityValue(), line.quantityUnit(), line.tonnes(), line.packagingType(),
                        line.containers(), line.storageLocation(), line.methodCode(), line.counterpartyId(),
                        Timestamp.from(line.occurredAt()), Date.valueOf(line.occurredOn()), line.responsibleRef(),
                        line.note()}).toList());
    }

    void batch(UUID batchId, UUID producerId, String labelId, String wasteCode) {
        jdbc.update("insert into ledger_batch (batch_id, producer_id, label_id, waste_code) values (?, ?, ?, ?) "
                + "on conflict do nothing", batchId, producerId, labelId, wasteCode);
    }

    Optional<KnownBatch> batch(UUID batchId) {
        return jdbc.query("select producer_id, label_id, waste_code from ledger_batch where batch_id = ?",
                (rs, n) -> new KnownBatch(rs.getObject("producer_id", UUID.class), rs.getString("label_id"),
                        rs.getString("waste_code")), batchId).stream().findFirst();
    }

    void manifest(UUID manifestId, UUID consignorId, UUID receiverId, boolean fromStorage) {
        jdbc.update("insert into ledger_manifest (manifest_id, consignor_id, receiver_id, kind) values (?, ?, ?, ?) "
                + "on conflict do nothing", manifestId, consignorId, receiverId, fromStorage ? "STORED" : "REFUSED");
    }

    void manifestLine(UUID manifestId, ManifestLine line) {
        jdbc.update("""
                insert into ledger_manifest_line (manifest_id, batch_id, label_id, waste_code, quantity_value,
                    quantity_unit, packaging_type, containers)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", manifestId, line.batchId(), line.labelId(),
                line.wasteCode(), line.quantityValue(), line.quantityUnit(), line.packagingType(), line.containers());
    }

    void numbered(UUID manifestId, String number) {
        jdbc.update("update ledger_manifest set number = ? where manifest_id = ?", number, manifestId);
    }

    /** A cancelled manifest moved nothing: what the ledger kept of it is forgotten. */
    void forgetManifest(UUID manifestId) {
        jdbc.update("delete from ledger_manifest_line where manifest_id = ?", manifestId);
        jdbc.update("delete from ledger_manifest where manifest_id = ?", manifestId);
    }

    Optional<KnownManifest> manifest(UUID manifestId) {
        return jdbc.query("select consignor_id, receiver_id, kind, number from ledger_manifest where manifest_id = ?",
                (rs, n) -> new KnownManifest(rs.getObject("consignor_id", UUID.class),
                        rs.getObject("receiver_id", UUID.class), "STORED".equals(rs.getString("kind")),
                        rs.getString("number"),
                        lines(manifestId)), manifestId).stream().findFirst();
    }

    private List<ManifestLine> lines(UUID manifestId) {
        return jdbc.query("""
                select batch_id, label_id, waste_code, quantity_value, quantity_unit, packaging_type, containers
                from ledger_manifest_line where manifest_id = ? order by batch_id""",
                (rs, n) -> new ManifestLine(rs.getObject("batch_id", UUID.class), rs.getString("label_id"),
                        rs.getString("waste_code"), rs.getBigDecimal("quantity_value"), rs.getString("quantity_unit"),
                        rs.getString("packaging_type"), (Integer) rs.getObject("containers")), manifestId);
    }

    void clear() {
        jdbc.update("delete from ledger_line");
        jdbc.update("delete from ledger_batch");
        jdbc.update("delete from ledger_manifest_line");
        jdbc.update("delete from ledger_manifest");
    }

    record KnownBatch(UUID producerId, String labelId, String wasteCode) {
    }

    record KnownManifest(UUID consignorId, UUID receiverId, boolean fromStorage, String number,
                         List<ManifestLine> lines) {
    }

    record ManifestLine(UUID batchId, String labelId, String wasteCode, java.math.BigDecimal quantityValue,
                        String quantityUnit, String packagingType, Integer containers) {
    }
}
