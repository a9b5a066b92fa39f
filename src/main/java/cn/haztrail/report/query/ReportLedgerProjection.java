package cn.haztrail.report.query;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.MethodCode;
import cn.haztrail.catalogue.MethodKind;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.shared.domain.Quantity;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Keeps what the annual reports are computed from (R33) in the regulator's streaming processor: each batch's waste
 * code, each accepted receipt line and each disposal, one row each, written as delete-then-insert by key ({@link ReportRows}) so that a
 * redelivered event changes nothing and a replay (its reset empties the tables) rebuilds them. Only the batch's
 * registration, the manifest's receipt, the batch's disposal and its repacking are read: the batch's own custody
 * events are not.
 */
@Component
@ProcessingGroup("oversight")
class ReportLedgerProjection {

    private static final String BATCH_DELETE = "delete from report_batch where batch_id = ?";
    private static final String BATCH_INSERT = "insert into report_batch (batch_id, producer_id, waste_code, "
            + "waste_category, declared_tonnes) values (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final ReportRows rows;
    private final MethodCatalogue methods;
    private final ZoneId zone;

    ReportLedgerProjection(JdbcTemplate jdbc, ReportRows rows, MethodCatalogue methods, ZoneProperties zone) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.methods = methods;
        this.zone = zone.zone();
    }

    @EventHandler
    void on(BatchRegistered event) {
        rows.replace(BATCH_DELETE, new Object[] {event.batchId()}, BATCH_INSERT, List.<Object[]>of(new Object[] {
                event.batchId(), event.producerId(), event.wasteCode(),
                WasteCode.parse(event.wasteCode()).category().code(), tonnes(event.quantity())}));
    }

    /**
     * A batch made by a split or consolidation (R45): its waste code, so that whoever receives and treats it reports
     * it; the holder that made it and when; and the tonnes it took from each source.
     */
    @EventHandler
    void on(BatchRepacked event) {
        LocalDate on = LocalDate.ofInstant(event.repackedAt(), zone);
        Object[] key = {event.batchId()};
        rows.replace(BATCH_DELETE, key, BATCH_INSERT, List.<Object[]>of(new Object[] {event.batchId(),
                event.holderId(), event.wasteCode(), WasteCode.parse(event.wasteCode()).category().code(),
                tonnes(event.quantity())}));
        rows.replace("delete from report_repack where batch_id = ?", key,
                "insert into report_repack (batch_id, holder_id, repacked_on, tonnes) values (?, ?, ?, ?)",
                List.<Object[]>of(new Object[] {event.batchId(), event.holderId(), on, event.quantity().tonnes()}));
        rows.replace("delete from report_repack_share where output_id = ?", key, """
                        insert into report_repack_share (output_id, source_id, holder_id, repacked_on, taken_tonnes)
                        values (?, ?, ?, ?, ?)""", event.sources().stream().map(share -> new Object[] {
                event.batchId(), share.batchId(), event.holderId(), on, share.quantity().tonnes()}).toList());
    }

    /** Accepted lines with a mass; a rejected line, or one stated as a volume, adds no tonnes. */
    @EventHandler
    void on(ManifestReceived event) {
        for (LineOutcome line : event.lines()) {
            Quantity accepted = line.acceptedQuantity();
            boolean counts = line.decision() != LineDecision.REJECT && accepted != null && accepted.hasMass();
            rows.replace("delete from report_receipt_line where manifest_id = ? and batch_id = ?",
                    new Object[] {event.manifestId(), line.batchId()}, """
                            insert into report_receipt_line (manifest_id, batch_id, receiver_id, received_at,
                                                             received_on, accepted_tonnes, method_code)
                            values (?, ?, ?, ?, ?, ?, ?)""", !counts ? List.of() : List.<Object[]>of(new Object[] {
                            event.manifestId(), line.batchId(), event.receiverId(),
                            Timestamp.from(event.receivedAt()), LocalDate.ofInstant(event.receivedAt(), zone),
                            accepted.tonnes(), line.methodCode()}));
        }
    }

    @EventHandler
    void on(BatchDisposed event) {
        Quantity quantity = event.quantity();
        rows.replace("delete from report_disposal where batch_id = ?", new Object[] {event.batchId()}, """
                insert into report_disposal (batch_id, receiver_id, method_code, method_kind, disposed_on, tonnes)
                values (?, ?, ?, ?, ?, ?)""", List.<Object[]>of(new Object[] {event.batchId(), event.receiverId(),
                event.methodCode(), kindOf(event.methodCode()).name(), event.disposedOn(),
                quantity != null && quantity.hasMass() ? quantity.tonnes() : null}));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from report_batch");
        jdbc.update("delete from report_receipt_line");
        jdbc.update("delete from report_disposal");
        jdbc.update("delete from report_repack");
        jdbc.update("delete from report_repack_share");
    }

    private static BigDecimal tonnes(Quantity quantity) {
        return quantity != null && quantity.hasMass() ? quantity.tonnes() : null;
    }

    /** A code the catalogue no longer lists counts as other disposal, as in the indicators. */
    private MethodKind kindOf(String code) {
        return methods.find(code).map(MethodCode::kind).orElse(MethodKind.OTHER_DISPOSAL);
    }
}
