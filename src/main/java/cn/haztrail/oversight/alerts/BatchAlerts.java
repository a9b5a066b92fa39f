package cn.haztrail.oversight.alerts;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Alerts that follow a batch: storage overdue (R09) and discrepancies (R17), which {@link AlertSequencingPolicy} puts
 * in the batch's order.
 *
 * <p>A discrepancy stands until the waste of that line is dealt with: the batch is disposed of, or, rejected, it is
 * received on another manifest (by an alternate receiver, or back into its producer's storage on a return
 * manifest). Receiving the batch on the manifest that recorded the discrepancy does not close it.
 */
@Component
@ProcessingGroup(AlertsConfiguration.GROUP)
class BatchAlerts {

    private final AlertBook book;
    private final AlertRepository alerts;
    private final AlertDirectory directory;

    BatchAlerts(AlertBook book, AlertRepository alerts, AlertDirectory directory) {
        this.book = book;
        this.alerts = alerts;
        this.directory = directory;
    }

    /**
     * A deadline's event, standing from the limit it names. The id includes the event's, because a batch returned to
     * storage can run past its limit again after an earlier alert closed.
     */
    @EventHandler
    void on(BatchStorageOverdue event, EventMessage<?> message) {
        AlertDirectory.Enterprise producer = directory.enterprise(event.producerId());
        book.open(new AlertRecord(AlertIds.of(AlertType.STORAGE_OVERDUE, event.batchId(), message.getIdentifier()),
                AlertType.STORAGE_OVERDUE, event.storageLimitAt(), AlertType.STORAGE_OVERDUE.rule(),
                Translatable.of("alert.storage-overdue", event.storageLimitAt()))
                .aboutBatch(event.batchId(), directory.labelId(event.batchId()).orElse(null))
                .inRegions(producer.regionCode(), null)
                .involving(AlertBook.party(producer, "PRODUCER")));
    }

    @EventHandler
    void on(BatchPickedUp event) {
        book.closeForBatch(event.batchId(), AlertType.STORAGE_OVERDUE, event.pickedUpAt());
    }

    @EventHandler
    void on(DiscrepancyRecorded event, MetaData metaData, @Timestamp Instant recordedAt) {
        UUID id = AlertIds.of(AlertType.DISCREPANCY, event.manifestId(), event.batchId());
        AlertRecord alert = book.aboutManifest(id, AlertType.DISCREPANCY, event.manifestId(),
                AuditMetadata.businessTime(metaData, recordedAt), AlertType.DISCREPANCY.rule(), detail(event), null);
        book.open(alert.aboutBatch(event.batchId(), directory.labelId(event.batchId()).orElse(null)));
    }

    @EventHandler
    void on(BatchDisposed event, MetaData metaData, @Timestamp Instant recordedAt) {
        Instant at = AuditMetadata.businessTime(metaData, recordedAt);
        book.closeForBatch(event.batchId(), AlertType.STORAGE_OVERDUE, at);
        book.closeForBatch(event.batchId(), AlertType.DISCREPANCY, at);
    }

    @EventHandler
    void on(BatchReceived event) {
        closeDiscrepanciesElsewhere(event.batchId(), event.manifestId(), event.receivedAt());
    }

    @EventHandler
    void on(BatchReturnedToStorage event) {
        closeDiscrepanciesElsewhere(event.batchId(), event.manifestId(), event.returnedAt());
    }

    private void closeDiscrepanciesElsewhere(UUID batchId, UUID receivedOn, Instant at) {
        alerts.findByBatchIdAndTypeAndState(batchId, AlertType.DISCREPANCY, AlertState.OPEN).stream()
                .filter(alert -> !receivedOn.equals(alert.manifestId()))
                .forEach(alert -> alert.close(at));
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
