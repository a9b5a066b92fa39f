package cn.haztrail.oversight.alerts;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.exemption.api.ExemptionQuantityDrawn;
import cn.haztrail.exemption.api.ExemptionRecorded;
import cn.haztrail.exemption.api.ExemptionRevoked;
import cn.haztrail.shared.axon.AuditMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * The exemption alerts (R38): keeps each exemption's cap and last day, opens EXEMPTION_NEAR_CAP when the drawn total
 * reaches the configured share of the cap, and closes both exemption alerts when the exemption is revoked. The end
 * date alert is opened by {@link ExemptionAlertChecks}; expiry closes both (their closing time is the day after the
 * last valid day). One segment, with the plan alerts ({@link OrderedAlerts}): it never slows down {@code oversight},
 * and an exemption's events are judged in the order they were stored, live and on a replay alike.
 */
@Component
@ProcessingGroup(OrderedAlerts.GROUP)
class ExemptionAlerts {

    static final Set<AlertType> TYPES = Set.of(AlertType.EXEMPTION_NEAR_CAP, AlertType.EXEMPTION_NEAR_END);

    private final WatchedExemptionRepository exemptions;
    private final AlertBook book;
    private final AlertDirectory directory;
    private final BigDecimal nearCapShare;
    private final ZoneId zone;

    ExemptionAlerts(WatchedExemptionRepository exemptions, AlertBook book, AlertDirectory directory,
                    ExemptionAlertProperties properties, WorkingDayCalendar calendar) {
        this.exemptions = exemptions;
        this.book = book;
        this.directory = directory;
        this.nearCapShare = properties.nearCapShare();
        this.zone = calendar.zone();
    }

    @EventHandler
    void on(ExemptionRecorded event, MetaData metaData, @Timestamp Instant recordedAt) {
        if (!exemptions.existsById(event.exemptionId())) {
            exemptions.save(new WatchedExemption(event.exemptionId(), directory.enterprise(event.producerId()),
                    directory.enterprise(event.utilizerId()), event.wasteCode(), event.quantityCapTonnes(),
                    event.validTo(), AuditMetadata.businessTime(metaData, recordedAt)));
        }
    }

    @EventHandler
    void on(ExemptionQuantityDrawn event, MetaData metaData, @Timestamp Instant recordedAt) {
        exemptions.findById(event.exemptionId()).filter(exemption -> !exemption.isRevoked()).ifPresent(exemption -> {
            BigDecimal cap = exemption.quantityCapTonnes();
            if (event.drawnTotal().compareTo(cap.multiply(nearCapShare)) < 0) {
                return;
            }
            book.openOrRedescribe(exemption.alert(AlertType.EXEMPTION_NEAR_CAP,
                    AuditMetadata.businessTime(metaData, recordedAt), "alert.exemption-near-cap",
                    event.drawnTotal(), cap, percent(event.drawnTotal(), cap))
                    .closingAt(ApprovalAlerts.expiry(exemption.validTo(), zone)));
        });
    }

    @EventHandler
    void on(ExemptionRevoked event) {
        exemptions.findById(event.exemptionId()).ifPresent(exemption -> {
            exemption.revoked();
            for (AlertType type : TYPES) {
                book.close(AlertIds.of(type, event.exemptionId()), event.revokedAt());
            }
        });
    }

    /** A replay rebuilds the exemption alerts and their facts; the other alerts rebuild their own. */
    @ResetHandler
    void reset() {
        exemptions.deleteAllWatches();
        book.clear(TYPES);
    }

    private static String percent(BigDecimal drawn, BigDecimal cap) {
        return drawn.multiply(BigDecimal.valueOf(100)).divide(cap, 0, RoundingMode.DOWN).toPlainString();
    }
}
