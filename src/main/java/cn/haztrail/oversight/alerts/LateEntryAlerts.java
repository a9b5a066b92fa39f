package cn.haztrail.oversight.alerts;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.time.LateEntered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Tells the regulator of every step entered late (R26): a paper manifest backfilled, a device that was offline. The
 * alert spans the gap between the step's business time and its recording and is closed at once (see
 * {@link AlertType#LATE_ENTRY}); it stays in history, found with {@code type=LATE_ENTRY}.
 */
@Component
@ProcessingGroup(AlertsConfiguration.GROUP)
class LateEntryAlerts {

    private final AlertBook book;
    private final AlertDirectory directory;

    LateEntryAlerts(AlertBook book, AlertDirectory directory) {
        this.book = book;
        this.directory = directory;
    }

    @EventHandler
    void on(LateEntered step, EventMessage<?> message) {
        if (step.lateEntry() == null || !(message instanceof DomainEventMessage<?> stored)) {
            return;
        }
        Instant recordedAt = message.getTimestamp();
        Instant happenedAt = AuditMetadata.businessTime(message.getMetaData(), recordedAt);
        UUID id = AlertIds.of(AlertType.LATE_ENTRY, message.getIdentifier());
        Translatable detail = Translatable.of("alert.late-entry", message.getPayloadType().getSimpleName(),
                happenedAt, recordedAt, step.lateEntry());
        UUID subject = UUID.fromString(stored.getAggregateIdentifier());
        AlertRecord alert = step instanceof BatchDisposed disposed
                ? aboutDisposal(id, disposed, happenedAt, detail)
                : book.aboutManifest(id, AlertType.LATE_ENTRY, subject, happenedAt, AlertType.LATE_ENTRY.rule(),
                        detail, null);
        if (book.open(alert)) {
            book.close(id, recordedAt.isBefore(happenedAt) ? happenedAt : recordedAt);
        }
    }

    private AlertRecord aboutDisposal(UUID id, BatchDisposed disposed, Instant happenedAt, Translatable detail) {
        AlertDirectory.Enterprise receiver = directory.enterprise(disposed.receiverId());
        return new AlertRecord(id, AlertType.LATE_ENTRY, happenedAt, AlertType.LATE_ENTRY.rule(), detail)
                .aboutBatch(disposed.batchId(), directory.labelId(disposed.batchId()).orElse(null))
                .inRegions(receiver.regionCode(), null)
                .involving(AlertBook.party(receiver, "RECEIVER"));
    }
}
