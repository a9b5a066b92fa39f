package cn.haztrail.batch.custody;

import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The table {@code batch_custody}: read by the command side, written only by {@link CustodyLedger} inside the
 * command's transaction. Every change is a compare-and-set on the status the step expects, so two manifests racing
 * for one batch cannot both allocate it: the loser changes no row and its transaction is rolled back.
 */
@Component
class CustodyTable implements CustodyBook {

    static final String COLUMNS = "batch_id, producer_id, status, manifest_id, rejected_on, label_id, edition, "
            + "waste_code, waste_name, quantity_value, quantity_unit, physical_form, packaging_type, packaging_count, "
            + "hazards, generated_at, storage_limit_at, accepted_by, accepted_value, accepted_unit, received_at, remainder_value";

    private final JdbcTemplate jdbc;

    CustodyTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Custody> find(UUID batchId) {
        return jdbc.query("select " + COLUMNS + " from batch_custody where batch_id = ?", CustodyTable::custody,
                batchId).stream().findFirst();
    }

    @Override
    public Optional<SplitOff> splitOff(UUID batchId) {
        return jdbc.query("select not_accepted_on, not_accepted_from from batch_custody where batch_id = ? "
                        + "and not_accepted_on is not null", (row, index) -> new SplitOff(
                        row.getObject("not_accepted_on", UUID.class), row.getObject("not_accepted_from", UUID.class)),
                batchId).stream().findFirst();
    }

    /** The new batch was split off wholly from what a receipt on {@code manifest} did not accept (R40). */
    void splitOff(UUID batchId, SplitOff from) {
        jdbc.update("update batch_custody set not_accepted_on = ?, not_accepted_from = ? where batch_id = ?",
                from.manifestId(), from.consignorId(), batchId);
    }

    void register(BatchRegistered event, String wasteName) {
        jdbc.update("insert into batch_custody (" + COLUMNS + ", version) values "
                        + "(?, ?, ?, null, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, null, null, 0)",
                event.batchId(), event.producerId(), BatchStatus.IN_STORAGE.name(), event.labelId(), event.edition(),
                event.wasteCode(), wasteName, event.quantity().value().toPlainString(), event.quantity().unit().name(),
                event.form().name(), event.packaging().type().name(), event.packaging().count(),
                event.hazards().stream().map(HazardCharacteristic::code).collect(Collectors.joining(",")),
                utc(event.generatedAt()), utc(event.storageLimitAt()));
    }

    /**
     * From storage, or from waiting at the receiver that rejected it on {@code previousManifest} (a follow-on
     * manifest), onto {@code manifest}. The rejecting manifest is remembered for a cancellation.
     * @return whether the batch stood where allocation expects it
     */
    boolean allocate(UUID batchId, UUID manifest, UUID previousManifest) {
        return jdbc.update("update batch_custody set rejected_on = case when status = 'REJECTED' then manifest_id end, "
                + "manifest_id = ?, status = 'ALLOCATED', version = version + 1 where batch_id = ? and "
                + "(status = 'IN_STORAGE' or (status = 'REJECTED' and manifest_id = ?))",
                manifest, batchId, previousManifest) == 1;
    }

    /** Off a cancelled manifest: back in storage, or back to waiting at the receiver that rejected it (R12). */
    void release(UUID manifest) {
        jdbc.update("update batch_custody set status = case when rejected_on is null then 'IN_STORAGE' else 'REJECTED' "
                + "end, manifest_id = rejected_on, rejected_on = null, version = version + 1 "
                + "where manifest_id = ? and status = 'ALLOCATED'", manifest);
    }

    void pickUp(UUID manifest) {
        jdbc.update("update batch_custody set status = 'IN_TRANSIT', rejected_on = null, version = version + 1 "
                + "where manifest_id = ? and status = 'ALLOCATED'", manifest);
    }

    void deliver(UUID manifest) {
        jdbc.update("update batch_custody set status = 'ARRIVED', version = version + 1 "
                + "where manifest_id = ? and status = 'IN_TRANSIT'", manifest);
    }

    void receive(UUID batchId, UUID manifest, UUID receiver, Quantity accepted, Instant at) {
        jdbc.update("update batch_custody set status = 'RECEIVED', accepted_by = ?, accepted_value = ?, "
                        + "accepted_unit = ?, received_at = ?, version = version + 1 "
                        + "where batch_id = ? and manifest_id = ? and status = 'ARRIVED'",
                receiver, accepted.value().toPlainString(), accepted.unit().name(), utc(at), batchId, manifest);
    }

    /** The rejected batch waits at the receiver, on the rejecting manifest, for a follow-on manifest (R18). */
    void reject(UUID batchId, UUID manifest) {
        jdbc.update("update batch_custody set status = 'REJECTED', version = version + 1 "
                + "where batch_id = ? and manifest_id = ? and status = 'ARRIVED'", batchId, manifest);
    }

    /**
     * A return manifest's receipt (R18): the batch is in storage at the receiver, which is its consignor and, for a
     * part split off from what it had sent (R40), becomes the one that may send it again.
     * @return whether the batch came back
     */
    boolean returnToStorage(UUID batchId, UUID manifest, UUID receiver, Quantity weighed) {
        return jdbc.update("update batch_custody set status = 'IN_STORAGE', manifest_id = null, quantity_value = ?, "
                        + "quantity_unit = ?, producer_id = ?, not_accepted_on = null, not_accepted_from = null, "
                        + "version = version + 1 where batch_id = ? and manifest_id = ? and status = 'ARRIVED'",
                weighed.value().toPlainString(), weighed.unit().name(), receiver, batchId, manifest) == 1;
    }

    /** A repacked batch is in storage at its holder (R39-R41), where its clock runs from the sources' receipt. */
    void register(BatchRepacked event, String wasteName) {
        jdbc.update("insert into batch_custody (" + COLUMNS + ", version) values "
                        + "(?, ?, ?, null, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, null, null, 0)",
                event.batchId(), event.holderId(), BatchStatus.IN_STORAGE.name(), event.labelId(), event.edition(),
                event.wasteCode(), wasteName, event.quantity().value().toPlainString(), event.quantity().unit().name(),
                event.form().name(), event.packaging().type().name(), event.packaging().count(),
                event.hazards().stream().map(HazardCharacteristic::code).collect(Collectors.joining(",")),
                utc(event.repackedAt()), utc(event.storageLimitAt()));
    }

    /** What a partial receipt did not accept stays at the receiver, which may split it off (R40). */
    void holdBack(UUID batchId, Quantity remainder) {
        jdbc.update("update batch_custody set remainder_value = ?, version = version + 1 "
                + "where batch_id = ? and status = 'RECEIVED'", remainder.value().toPlainString(), batchId);
    }

    /**
     * Takes {@code tonnes} from a batch the holder holds (R39): first from the remainder a partial receipt did not
     * accept, then from the accepted or stored quantity; taken in full, the batch is closed as REPACKED (R08). A
     * compare-and-set on the row's version: of two transactions taking from the same batch, the second changes
     * nothing (it waits for the first's row lock, then finds another version) and is rolled back.
     * @return whether the batch was held with that much left and unchanged meanwhile
     */
    boolean take(UUID batchId, UUID holder, BigDecimal tonnes) {
        List<Long> versions = jdbc.queryForList("select version from batch_custody where batch_id = ?", Long.class,
                batchId);
        Custody custody = find(batchId).orElse(null);
        if (versions.isEmpty() || custody == null || !custody.heldBy(holder)
                || custody.heldTonnes().compareTo(tonnes) < 0) {
            return false;
        }
        BigDecimal left = custody.heldTonnes().subtract(tonnes);
        String status = left.signum() == 0 ? BatchStatus.REPACKED.name() : custody.status().name();
        Quantity quantity = custody.quantity();
        Quantity accepted = custody.acceptedQuantity();
        Quantity remainder = custody.remainder();
        if (custody.status() == BatchStatus.RECEIVED) {
            BigDecimal fromRemainder = Custody.tonnes(remainder).min(tonnes);
            remainder = remainder == null ? null : inUnit(Custody.tonnes(remainder).subtract(fromRemainder),
                    remainder.unit());
            accepted = inUnit(Custody.tonnes(accepted).subtract(tonnes.subtract(fromRemainder)), accepted.unit());
        } else {
            quantity = inUnit(left, quantity.unit());
        }
        return jdbc.update("update batch_custody set status = ?, quantity_value = ?, accepted_value = ?, "
                        + "remainder_value = ?, version = version + 1 where batch_id = ? and version = ?",
                status, quantity.value().toPlainString(), accepted == null ? null : accepted.value().toPlainString(),
                remainder == null ? null : remainder.value().toPlainString(), batchId, versions.get(0)) == 1;
    }

    /** Tonnes in the unit the row states its mass in (kilograms or tonnes), without trailing zeros. */
    static Quantity inUnit(BigDecimal tonnes, QuantityUnit unit) {
        BigDecimal value = unit == QuantityUnit.KG ? tonnes.movePointRight(3) : tonnes;
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return new Quantity(value.scale() < 0 ? value.setScale(0) : value, unit);
    }

    void dispose(UUID batchId) {
        jdbc.update("update batch_custody set status = 'DISPOSED', version = version + 1 where batch_id = ?", batchId);
    }

    private static Custody custody(ResultSet row, int index) throws SQLException {
        String hazards = row.getString("hazards");
        return new Custody(row.getObject("batch_id", UUID.class), row.getObject("producer_id", UUID.class),
                BatchStatus.valueOf(row.getString("status")), row.getObject("manifest_id", UUID.class),
                row.getObject("rejected_on", UUID.class), row.getString("label_id"), row.getString("edition"),
                row.getString("waste_code"), row.getString("waste_name"),
                quantity(row.getString("quantity_value"), row.getString("quantity_unit")),
                PhysicalForm.valueOf(row.getString("physical_form")),
                new Packaging(PackagingType.valueOf(row.getString("packaging_type")), row.getInt("packaging_count")),
                hazards == null || hazards.isEmpty() ? List.of()
                        : Arrays.stream(hazards.split(",")).map(HazardCharacteristic::fromCode).toList(),
                instant(row, "generated_at"), instant(row, "storage_limit_at"),
                row.getObject("accepted_by", UUID.class),
                quantity(row.getString("accepted_value"), row.getString("accepted_unit")),
                instant(row, "received_at"),
                quantity(row.getString("remainder_value"), row.getString("accepted_unit")));
    }

    private static Quantity quantity(String value, String unit) {
        return value == null ? null : new Quantity(new BigDecimal(value), QuantityUnit.valueOf(unit));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
