package cn.haztrail.oversight.alerts;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.oversight.SharedCustodyRows;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Alerts that follow a batch: storage overdue (R09) and discrepancies (R17). A batch's custody follows from its
 * manifests' events (its own custody events, which stores written before issue 16 also hold, are not handled): the
 * pickup of the manifest that carries it, the receipt of its line.
 *
 * <p>A storage alert stands until the batch is picked up (or disposed of). A discrepancy stands until the waste of
 * that line is dealt with: the batch is disposed of, or, rejected, it is received on another manifest (by an
 * alternate receiver, or back into its producer's storage on a return manifest). Receiving the batch on the manifest
 * that recorded the discrepancy does not close it. Each alert is closed by the first such step after the event that
 * opened it in the store's order ({@link CustodySteps}), whichever of them a segment handled first.
 */
@Component
@ProcessingGroup(AlertsConfiguration.GROUP)
class BatchAlerts {

    private static final List<AlertType> SETTLED = List.of(AlertType.STORAGE_OVERDUE, AlertType.DISCREPANCY);

    private final AlertBook book;
    private final AlertDirectory directory;
    private final CustodySteps steps;
    private final SettledAlertPresence presence;
    private final SharedCustodyRows shared;

    BatchAlerts(AlertBook book, AlertDirectory directory, CustodySteps steps, SettledAlertPresence presence,
                SharedCustodyRows shared) {
        this.shared = shared;
        this.book = book;
        this.directory = directory;
        this.steps = steps;
        this.presence = presence;
    }

    /**
     * A deadline's event, standing from the limit it names. The id includes the event's, because a batch returned to
     * storage can run past its limit again after an earlier alert closed.
     */
    @EventHandler
    void on(BatchStorageOverdue event, EventMessage<?> message, TrackingToken token) {
        AlertDirectory.Enterprise producer = directory.enterprise(event.producerId());
        AlertRecord alert = new AlertRecord(AlertIds.of(AlertType.STORAGE_OVERDUE, event.batchId(),
                message.getIdentifier()), AlertType.STORAGE_OVERDUE, event.storageLimitAt(),
                AlertType.STORAGE_OVERDUE.rule(), Translatable.of("alert.storage-overdue", event.storageLimitAt()))
                .aboutBatch(event.batchId(), directory.labelId(event.batchId()).orElse(null))
                .inRegions(producer.regionCode(), null)
                .involving(AlertBook.party(producer, "PRODUCER"))
                .openedBy(position(token));
        shared.change(() -> open(alert, event.batchId()));
    }

    @EventHandler
    void on(ManifestDrafted event) {
        steps.carries(event.manifestId(), event.lines().stream().map(BatchLine::batchId).toList());
    }

    @EventHandler
    void on(ManifestPickedUp event, TrackingToken token) {
        long position = position(token);
        shared.change(() -> {
            for (UUID batch : steps.batchesOf(event.manifestId())) {
                steps.record(batch, position, CustodySteps.Step.PICKUP, event.manifestId(), event.pickedUpAt());
                settle(batch);
            }
        });
    }

    @EventHandler
    void on(DiscrepancyRecorded event, MetaData metaData, @Timestamp Instant recordedAt, TrackingToken token) {
        UUID id = AlertIds.of(AlertType.DISCREPANCY, event.manifestId(), event.batchId());
        AlertRecord alert = book.aboutManifest(id, AlertType.DISCREPANCY, event.manifestId(),
                AuditMetadata.businessTime(metaData, recordedAt), AlertType.DISCREPANCY.rule(), detail(event), null)
                .aboutBatch(event.batchId(), directory.labelId(event.batchId()).orElse(null))
                .openedBy(position(token));
        shared.change(() -> open(alert, event.batchId()));
    }

    @EventHandler
    void on(BatchDisposed event, MetaData metaData, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = position(token);
        Instant at = AuditMetadata.businessTime(metaData, recordedAt);
        shared.change(() -> {
            steps.record(event.batchId(), position, CustodySteps.Step.DISPOSAL, null, at);
            settle(event.batchId());
        });
    }

    /** A line accepted, wholly or in part, by any receiver (its producer too, on a return manifest). */
    @EventHandler
    void on(ManifestReceived event, TrackingToken token) {
        long position = position(token);
        shared.change(() -> {
            for (LineOutcome line : event.lines()) {
                if (line.decision() != LineDecision.REJECT) {
                    steps.record(line.batchId(), position, CustodySteps.Step.RECEIPT, event.manifestId(),
                            event.receivedAt());
                    settle(line.batchId());
                }
            }
        });
    }

    @ResetHandler
    void reset() {
        steps.clear();
    }

    /** Opens the alert and settles it at once if a step after its event is recorded already (another segment's). */
    private void open(AlertRecord alert, UUID batchId) {
        book.open(alert);
        presence.opened(batchId);
        settle(batchId);
    }

    /**
     * Closes each of the batch's storage and discrepancy alerts at the first step after the event that opened it. An
     * alert opened before issue 16 (no position) counts as opened before every recorded step, and once closed stays
     * so. Most batches have no such alert: then the steps are not read.
     */
    private void settle(UUID batchId) {
        if (!presence.mayHave(batchId, SETTLED)) {
            return;
        }
        List<AlertRecord> found = book.forBatch(batchId, SETTLED);
        List<CustodySteps.Row> recorded = found.isEmpty() ? List.of() : steps.of(batchId);
        for (AlertRecord alert : found) {
            Long from = alert.sourcePosition();
            if (from == null && alert.state() != AlertState.OPEN) {
                continue;
            }
            recorded.stream()
                    .filter(step -> from == null || step.position() > from)
                    .filter(step -> closes(step, alert))
                    .findFirst()
                    .filter(step -> alert.state() == AlertState.OPEN || !step.at().equals(alert.closedAt()))
                    .ifPresent(step -> book.settle(alert, step.at()));
        }
    }

    private static boolean closes(CustodySteps.Row step, AlertRecord alert) {
        return switch (step.step()) {
            case DISPOSAL -> true;
            case PICKUP -> alert.type() == AlertType.STORAGE_OVERDUE;
            case RECEIPT -> alert.type() == AlertType.DISCREPANCY && !step.manifestId().equals(alert.manifestId());
        };
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("a tracking token without a position"));
    }

    private static Translatable detail(DiscrepancyRecorded event) {
        boolean noted = event.note() != null && !event.note().isBlank();
        return Translatable.of(noted ? "alert.discrepancy-with-note" : "alert.discrepancy", event.kinds(),
                format(event.declaredQuantity()), event.containersDeclared(), format(event.acceptedQuantity()),
                event.containersReceived(), event.note());
    }

    private static Object format(Quantity quantity) {
        return quantity == null ? Translatable.of("alert.nothing")
                : quantity.value().toPlainString() + " " + quantity.unit().symbol();
    }
}
