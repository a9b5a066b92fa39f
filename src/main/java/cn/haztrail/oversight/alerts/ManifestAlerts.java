package cn.haztrail.oversight.alerts;

import cn.haztrail.manifest.api.LoadingRefused;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.manifest.api.ReceiptOverdue;
import cn.haztrail.manifest.api.RefusalRecorded;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Alerts raised by a manifest's own events: receipt overdue (R16), loading refused (R13), the receiver refused (R03,
 * R04, R05), and the watch behind long transits. Streaming and replayable; all of a manifest's events come in order.
 *
 * <p>A long transit is decided by what the system knew, which replays the same: the alert stands iff the arrival was
 * not recorded by pickup + limit. The check may raise it while this projection lags behind an arrival recorded in
 * time (on a replay above all); that arrival then withdraws it, the one case in which an alert is deleted, because
 * by the events it never stood.
 */
@Component
@ProcessingGroup(AlertsConfiguration.GROUP)
class ManifestAlerts {

    static final String SUBMISSION = "submission";
    private static final Set<String> RECEIVER_RULES = Set.of("R03", "R04", "R05");

    private final AlertBook book;
    private final TransitWatchRepository transits;
    private final AlertProperties properties;

    ManifestAlerts(AlertBook book, TransitWatchRepository transits, AlertProperties properties) {
        this.book = book;
        this.transits = transits;
        this.properties = properties;
    }

    @EventHandler
    void on(ManifestSubmitted event, MetaData metaData, @Timestamp Instant recordedAt) {
        book.numberManifest(event.manifestId(), event.number());
        book.close(AlertIds.of(AlertType.RECEIVER_REFUSED, event.manifestId(), SUBMISSION),
                AuditMetadata.businessTime(metaData, recordedAt));
    }

    @EventHandler
    void on(RefusalRecorded event, MetaData metaData, @Timestamp Instant recordedAt) {
        if (!RECEIVER_RULES.contains(event.rule())) {
            return;
        }
        UUID id = AlertIds.of(AlertType.RECEIVER_REFUSED, event.manifestId(), event.step());
        book.openOrRedescribe(book.aboutManifest(id, AlertType.RECEIVER_REFUSED, event.manifestId(),
                AuditMetadata.businessTime(metaData, recordedAt), event.rule(),
                Translatable.of("alert.receiver-refused", event.step(),
                        Translatable.recorded(event.reasonCode(), event.reasonArguments(), event.reason())), null));
    }

    @EventHandler
    void on(LoadingRefused event, MetaData metaData, @Timestamp Instant recordedAt) {
        UUID id = AlertIds.of(AlertType.LOADING_REFUSED, event.manifestId());
        book.openOrRedescribe(book.aboutManifest(id, AlertType.LOADING_REFUSED, event.manifestId(),
                AuditMetadata.businessTime(metaData, recordedAt), AlertType.LOADING_REFUSED.rule(),
                Translatable.of("alert.loading-refused", event.missingLabelIds(), event.unexpectedLabelIds()),
                event.carrierId()));
    }

    @EventHandler
    void on(ManifestCancelled event, MetaData metaData, @Timestamp Instant recordedAt) {
        Instant at = AuditMetadata.businessTime(metaData, recordedAt);
        book.closeForManifest(event.manifestId(), AlertType.LOADING_REFUSED, at);
        book.closeForManifest(event.manifestId(), AlertType.RECEIVER_REFUSED, at);
    }

    @EventHandler
    void on(ManifestPickedUp event) {
        book.closeForManifest(event.manifestId(), AlertType.LOADING_REFUSED, event.pickedUpAt());
        if (transits.findById(event.manifestId()).isEmpty()) {
            transits.saveAndFlush(new TransitWatch(event.manifestId(), event.carrierId(), event.pickedUpAt()));
        }
    }

    /** Locks the watch first, so that a check raising the alert at the same moment is either seen or sees this. */
    @EventHandler
    void on(ManifestArrived event, @Timestamp Instant recordedAt) {
        transits.lock(event.manifestId()).ifPresent(watch -> {
            if (watch.arrivalRecordedAt() != null) {
                return;
            }
            watch.arrivalRecorded(recordedAt);
            UUID id = AlertIds.of(AlertType.LONG_TRANSIT, event.manifestId());
            if (recordedAt.isBefore(watch.pickedUpAt().plus(properties.transitLimit()))) {
                book.withdraw(id);
                return;
            }
            AlertRecord alert = book.longTransit(watch, properties.transitLimit());
            book.open(alert);
            watch.raised();
            // Recorded late, but arrived in time by its business time: closed as it opened, never before.
            book.close(id, later(event.arrivedAt(), alert.openedAt()));
        });
    }

    /** A deadline's event: it stands from the due time it names. */
    @EventHandler
    void on(ReceiptOverdue event) {
        book.open(book.aboutManifest(AlertIds.of(AlertType.RECEIPT_OVERDUE, event.manifestId()),
                AlertType.RECEIPT_OVERDUE, event.manifestId(), event.receiptDueAt(), AlertType.RECEIPT_OVERDUE.rule(),
                Translatable.of("alert.receipt-overdue", event.receiptDueAt()), null));
    }

    /** Closes the overdue receipt and any refusal still standing: a received manifest is not submitted again. */
    @EventHandler
    void on(ManifestReceived event) {
        book.close(AlertIds.of(AlertType.RECEIPT_OVERDUE, event.manifestId()), event.receivedAt());
        book.closeForManifest(event.manifestId(), AlertType.RECEIVER_REFUSED, event.receivedAt());
    }

    @ResetHandler
    void reset() {
        book.clear();
        transits.deleteAllWatches();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
