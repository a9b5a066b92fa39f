package cn.haztrail.batch.custody;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One {@code batch_custody} row while an imported chunk is applied to it in memory (issue 17): the columns a step
 * changes, each as {@link CustodyTable}'s statements store it, and the version every matching statement moves.
 */
final class CustodyRow {

    final UUID batchId;
    final UUID producerId;
    /** The columns a registration writes and no step changes, in {@link CustodyTable}'s insert order; null: stored. */
    final Object[] registered;
    final boolean isNew;
    String status;
    UUID manifestId;
    UUID rejectedOn;
    String quantityValue;
    String quantityUnit;
    UUID acceptedBy;
    String acceptedValue;
    String acceptedUnit;
    OffsetDateTime receivedAt;
    String remainderValue;
    long version;
    boolean changed;

    CustodyRow(UUID batchId, UUID producerId, Object[] registered, String quantityValue, String quantityUnit) {
        this.batchId = batchId;
        this.producerId = producerId;
        this.registered = registered;
        this.isNew = true;
        this.status = "IN_STORAGE";
        this.quantityValue = quantityValue;
        this.quantityUnit = quantityUnit;
    }

    CustodyRow(ResultSet row) throws SQLException {
        this.batchId = row.getObject("batch_id", UUID.class);
        this.producerId = row.getObject("producer_id", UUID.class);
        this.registered = null;
        this.isNew = false;
        this.status = row.getString("status");
        this.manifestId = row.getObject("manifest_id", UUID.class);
        this.rejectedOn = row.getObject("rejected_on", UUID.class);
        this.quantityValue = row.getString("quantity_value");
        this.quantityUnit = row.getString("quantity_unit");
        this.acceptedBy = row.getObject("accepted_by", UUID.class);
        this.acceptedValue = row.getString("accepted_value");
        this.acceptedUnit = row.getString("accepted_unit");
        this.receivedAt = row.getObject("received_at", OffsetDateTime.class);
        this.remainderValue = row.getString("remainder_value");
        this.version = row.getLong("version");
    }

    boolean is(String expected) {
        return expected.equals(status);
    }

    boolean on(UUID manifest) {
        return manifest.equals(manifestId);
    }

    /** A statement matched the row: it moves the version, as {@code version = version + 1}. */
    void moved() {
        version++;
        changed = true;
    }

    static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
