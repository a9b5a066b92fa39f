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
import cn.haztrail.shared.axon.ProcessingBatch;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Alerts raised by a manifest's own events: receipt overdue (R16), loading refused (R13), the receiver refused (R03,
 * R04, R05), and the watch behind long transits. Streaming and replayable; all of a manifest's events come in order.
 *
 * <p>A long transit is judged in business time, which replays the same: the alert stands iff the arrival happened
 * (its business time) at or after pickup + limit, whenever either was recorded. While no arrival is recorded the
 * check raises it once pickup + limit has passed, or the pickup's processing batch as it commits if that has passed
 * already; an arrival that then turns out to have happened in time (recorded late, or recorded in time while this
 * projection lagged) withdraws it, the one case in which an alert is deleted, because in the world it never stood.
 * A long trip recorded only after it ended gets its alert closed from the start: opened when the limit passed, closed
 * when the waste arrived, both in business time.
 */
@Component
@ProcessingGroup(AlertsConfiguration.GROUP)
class ManifestAlerts {

    static final String SUBMISSION = "submission";
    private static final Set<String> RECEIVER_RULES = Set.of("R03", "R04", "R05");

    private final AlertBook book;
    private final TransitWatches transits;
    private final ManifestAlertPresence presence;
    private final AlertProperties properties;
    private final Clock clock;

    ManifestAlerts(AlertBook book, TransitWatches transits, ManifestAlertPresence presence,
                   AlertProperties properties, Clock clock) {
        this.book = book;
        this.transits = transits;
        this.presence = presence;
        this.properties = properties;
        this.clock = clock;
    }

    @EventHandler
    void on(ManifestSubmitted event, MetaData metaData, @Timestamp Instant recordedAt) {
        if (!presence.mayHave(event.manifestId())) {
            return;
        }
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
        if (!presence.mayHave(event.manifestId())) {
            return;
        }
        Instant at = AuditMetadata.businessTime(metaData, recordedAt);
        book.closeForManifest(event.manifestId(), AlertType.LOADING_REFUSED, at);
        book.closeForManifest(event.manifestId(), AlertType.RECEIVER_REFUSED, at);
    }

    @EventHandler
    void on(ManifestPickedUp event) {
        if (presence.mayHave(event.manifestId())) {
            book.closeForManifest(event.manifestId(), AlertType.LOADING_REFUSED, event.pickedUpAt());
        }
        if (!transits.exists(event.manifestId())) {
            TransitWatch watch = transits.make(new TransitWatch(event.manifestId(), event.carrierId(),
                    event.pickedUpAt()));
            // as the check would at its next run: a replay (or an import of old trips) shows the alert at once;
            // judged as the processing batch commits, so an arrival later in the batch leaves none to withdraw
            ProcessingBatch.writeBeforeCommit("oversight-new-transit-watches", watch, this::raiseLongTransits);
        }
    }

    private void raiseLongTransits(List<TransitWatch> watches) {
        Instant now = clock.instant();
        for (TransitWatch watch : watches) {
            if (watch.arrivalRecordedAt() == null && !watch.alertRaised()
                    && !watch.pickedUpAt().plus(properties.transitLimit()).isAfter(now)) {
                book.open(book.longTransit(watch, properties.transitLimit()));
                watch.raised();
            }
        }
    }

    /** Locks the watch first, so that a check raising the alert at the same moment is either seen or sees this. */
    @EventHandler
    void on(ManifestArrived event, @Timestamp Instant recordedAt) {
        transits.locked(event.manifestId()).ifPresent(watch -> {
            if (watch.arrivalRecordedAt() != null) {
                return;
            }
            watch.arrivalRecorded(recordedAt);
            UUID id = AlertIds.of(AlertType.LONG_TRANSIT, event.manifestId());
            if (event.arrivedAt().isBefore(watch.pickedUpAt().plus(properties.transitLimit()))) {
                if (watch.alertRaised()) {
                    book.withdraw(id);
                }
                return;
            }
            book.open(book.longTransit(watch, properties.transitLimit()));
            watch.raised();
            book.close(id, event.arrivedAt());
        });
    }

    /** A deadline's event: it stands from the due time it names. */
    @EventHandler
    void on(ReceiptOverdue event) {
        book.open(receiptOverdue(event.manifestId(), event.receiptDueAt()));
    }

    /**
     * Closes the overdue receipt and any refusal still standing: a received manifest is not submitted again. A receipt
     * made after its due time but entered before the deadline fired was overdue all the same: its alert is stored
     * closed from the start. One made in time but entered after the deadline fired withdraws it ({@link AlertBook}).
     */
    @EventHandler
    void on(ManifestReceived event) {
        UUID overdue = AlertIds.of(AlertType.RECEIPT_OVERDUE, event.manifestId());
        if (event.late() && !(presence.mayHave(event.manifestId()) && book.exists(overdue))) {
            book.receiptDueAt(event.manifestId()).ifPresent(due -> book.open(receiptOverdue(event.manifestId(), due)));
        }
        if (!presence.mayHave(event.manifestId())) {
            return;
        }
        book.close(overdue, event.receivedAt());
        book.closeForManifest(event.manifestId(), AlertType.RECEIVER_REFUSED, event.receivedAt());
    }

    private AlertRecord receiptOverdue(UUID manifestId, Instant due) {
        return book.aboutManifest(AlertIds.of(AlertType.RECEIPT_OVERDUE, manifestId), AlertType.RECEIPT_OVERDUE,
                manifestId, due, AlertType.RECEIPT_OVERDUE.rule(),
                Translatable.of("alert.receipt-overdue", due), null);
    }

    @ResetHandler
    void reset() {
        book.clear();
        transits.clear();
    }
}
