package cn.haztrail.ledger.query;

import cn.haztrail.shared.axon.ProcessingBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * The ledger's lines as the projection writes them ({@link KnownParts} keeps its batches and manifests). Every insert
 * ignores a row that is there already, so that a redelivered event (or one applied again after a crash before the
 * token moved) changes nothing.
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
