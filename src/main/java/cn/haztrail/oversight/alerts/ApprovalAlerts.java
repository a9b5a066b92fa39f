package cn.haztrail.oversight.alerts;

import cn.haztrail.approval.api.ApprovalQuantityDrawn;
import cn.haztrail.approval.api.ApprovalRecorded;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Keeps each approval's cap and validity for the R14 alerts, and opens APPROVAL_NEAR_CAP when the drawn total
 * reaches 80 % of the cap. No event ends that alert: it closes when the approval expires (the scheduled check closes
 * it at the start of the day after its last valid day), so the history keeps which approvals ran near their cap.
 */
@Component
@ProcessingGroup(AlertsConfiguration.GROUP)
class ApprovalAlerts {

    static final BigDecimal NEAR_CAP_SHARE = new BigDecimal("0.80");

    private final WatchedApprovalRepository approvals;
    private final AlertBook book;
    private final AlertDirectory directory;
    private final ZoneId zone;

    ApprovalAlerts(WatchedApprovalRepository approvals, AlertBook book, AlertDirectory directory,
                   WorkingDayCalendar calendar) {
        this.approvals = approvals;
        this.book = book;
        this.directory = directory;
        this.zone = calendar.zone();
    }

    @EventHandler
    void on(ApprovalRecorded event, MetaData metaData, @Timestamp Instant recordedAt) {
        if (!approvals.existsById(event.approvalId())) {
            approvals.save(new WatchedApproval(event.approvalId(), event.number(),
                    directory.enterprise(event.consignorId()), directory.enterprise(event.receiverId()),
                    event.quantityCapTonnes(), event.validTo(), AuditMetadata.businessTime(metaData, recordedAt)));
        }
    }

    @EventHandler
    void on(ApprovalQuantityDrawn event, MetaData metaData, @Timestamp Instant recordedAt) {
        approvals.findById(event.approvalId()).ifPresent(approval -> {
            BigDecimal cap = approval.quantityCapTonnes();
            if (event.drawnTotal().compareTo(cap.multiply(NEAR_CAP_SHARE)) < 0) {
                return;
            }
            Translatable detail = Translatable.of("alert.approval-near-cap", approval.number(), event.drawnTotal(),
                    cap, percent(event.drawnTotal(), cap));
            book.openOrRedescribe(approval.alert(AlertType.APPROVAL_NEAR_CAP,
                    AuditMetadata.businessTime(metaData, recordedAt), detail)
                    .closingAt(expiry(approval.validTo(), zone)));
        });
    }

    @ResetHandler
    void reset() {
        approvals.deleteAllWatches();
    }

    /** The first instant at which an approval valid to {@code validTo} no longer is. */
    static Instant expiry(LocalDate validTo, ZoneId zone) {
        return validTo.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static String percent(BigDecimal drawn, BigDecimal cap) {
        return cap.signum() == 0 ? "100" : drawn.multiply(BigDecimal.valueOf(100)).divide(cap, 0, RoundingMode.DOWN)
                .toPlainString();
    }
}
