package cn.haztrail.batch.command;

import cn.haztrail.batch.api.AcceptBatch;
import cn.haztrail.batch.api.AllocateBatch;
import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.batch.api.BatchReleased;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.batch.api.DeliverBatch;
import cn.haztrail.batch.api.LabelId;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.batch.api.PickUpBatch;
import cn.haztrail.batch.api.RecordDisposal;
import cn.haztrail.batch.api.RegisterBatch;
import cn.haztrail.batch.api.RejectBatch;
import cn.haztrail.batch.api.ReleaseBatch;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.WasteCodeEntry;
import cn.haztrail.shared.axon.TransactionScopedLockFactory;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.time.Chronology;
import cn.haztrail.shared.time.StepTimes;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One batch of one waste code from generation to disposal (一码贯通): its label id, its storage clock at the producer
 * and the custody steps the manifest drives. A batch is on at most one manifest at a time and never moves once
 * disposed of (R08); custody only moves forward (R15).
 */
@Aggregate(lockFactory = TransactionScopedLockFactory.BEAN)
public class WasteBatch {

    static final String STORAGE_LIMIT = "storage-limit";

    @AggregateIdentifier
    private UUID batchId;
    private UUID producerId;
    private String labelId;
    private String edition;
    private String wasteCode;
    private Quantity quantity;
    private PhysicalForm form;
    private Packaging packaging;
    private List<HazardCharacteristic> hazards;
    private Instant storageLimitAt;
    private Instant generatedAt;
    private BatchStatus status;
    /** The manifest the batch is on, or the one that delivered it; after a rejection, the rejecting manifest. */
    private UUID manifestId;
    /** While a rejected batch waits for (or is on, before pickup) a follow-on manifest: the rejecting manifest. */
    private UUID rejectedOn;
    private UUID deliveredTo;
    private UUID acceptedBy;
    private Quantity acceptedQuantity;
    private Instant receivedAt;

    protected WasteBatch() {
    }

    @CommandHandler
    public WasteBatch(RegisterBatch command, RegistrationPolicy policy, LabelSequences sequences,
                      DeadlineManager deadlines) {
        WasteCodeEntry entry = policy.check(command, GenericEventMessage.clock.instant());
        LocalDate day = policy.generationDay(command.generatedAt());
        int sequence = sequences.next(command.producerId(), entry.code().value(), day);
        if (sequence > LabelId.MAX_SEQUENCE) {
            throw CommandRefused.ruleViolated("R07", "generatedAt",
                    Translatable.of("refused.batch.label-sequence-used-up", LabelId.MAX_SEQUENCE, entry.code(), day));
        }
        String label = LabelId.compose(command.producerCreditCode(), entry.code(), day, sequence).value();
        Instant limit = policy.storageLimit(command.generatedAt(), entry);
        apply(new BatchRegistered(command.batchId(), command.producerId(), label, command.edition(),
                entry.code().value(), command.quantity(), command.form(), command.packaging(),
                List.copyOf(RegistrationPolicy.hazards(command.hazards())), command.mainComponents(),
                command.generatedAt(), command.storageLocation(), limit));
        deadlines.schedule(limit, STORAGE_LIMIT);
    }

    @CommandHandler
    public BatchLine handle(AllocateBatch command, RegistrationPolicy policy) {
        if (!producerId.equals(command.consignorId())) {
            // R10, R21: to another enterprise a batch is invisible, so neither its label nor its state may leak
            throw CommandRefused.notFound("batchIds",
                    Translatable.of("refused.batch.unknown-batch", command.batchId()));
        }
        requireOpen();
        if (status == BatchStatus.ALLOCATED && command.manifestId().equals(manifestId)) {
            return line(policy);
        }
        boolean inStorage = status == BatchStatus.IN_STORAGE;
        boolean followOn = status == BatchStatus.REJECTED && manifestId.equals(command.previousManifestId());
        if (status == BatchStatus.REJECTED && !followOn) {
            throw CommandRefused.conflict("R08", "previousManifestId",
                    Translatable.of("refused.batch.rejected-needs-follow-on", labelId, manifestId));
        }
        if (!inStorage && !followOn) {
            throw CommandRefused.conflict("R08", "batchId",
                    Translatable.of("refused.batch.on-another-manifest", labelId, status, manifestId));
        }
        Chronology.requireNotBefore("draftedAt", Translatable.of("step.draft"), command.allocatedAt(),
                Translatable.of("step.batch-generation", labelId), generatedAt);
        apply(new BatchAllocated(batchId, command.manifestId(), command.allocatedAt()));
        return line(policy);
    }

    @CommandHandler
    public void handle(ReleaseBatch command) {
        requireOn(command.manifestId(), BatchStatus.ALLOCATED);
        apply(new BatchReleased(batchId, command.manifestId(), command.reason()));
    }

    @CommandHandler
    public void handle(PickUpBatch command, DeadlineManager deadlines) {
        requireOn(command.manifestId(), BatchStatus.ALLOCATED);
        apply(new BatchPickedUp(batchId, command.manifestId(), command.carrierId(), command.pickedUpAt()));
        deadlines.cancelAllWithinScope(STORAGE_LIMIT);
    }

    @CommandHandler
    public void handle(DeliverBatch command) {
        requireOn(command.manifestId(), BatchStatus.IN_TRANSIT);
        apply(new BatchDelivered(batchId, command.manifestId(), command.receiverId(), command.arrivedAt()));
    }

    @CommandHandler
    public void handle(AcceptBatch command, DeadlineManager deadlines) {
        requireOn(command.manifestId(), BatchStatus.ARRIVED);
        requireDeliveredTo(command.receiverId());
        Quantities.requirePositiveMass(command.acceptedQuantity(), "R17", "acceptedQuantity");
        if (producerId.equals(command.receiverId())) {
            apply(new BatchReturnedToStorage(batchId, command.manifestId(), command.acceptedQuantity(),
                    command.receivedAt()));
            deadlines.schedule(storageLimitAt, STORAGE_LIMIT);
            return;
        }
        apply(new BatchReceived(batchId, command.manifestId(), command.receiverId(), command.acceptedQuantity(),
                command.discrepancy(), command.receivedAt()));
    }

    @CommandHandler
    public void handle(RejectBatch command) {
        requireOn(command.manifestId(), BatchStatus.ARRIVED);
        requireDeliveredTo(command.receiverId());
        apply(new BatchRejected(batchId, command.manifestId(), command.receiverId(), command.reason(),
                command.rejectedAt()));
    }

    @CommandHandler
    public void handle(RecordDisposal command, DisposalPolicy policy, StepTimes times) {
        requireOpen();
        if (acceptedBy == null || !acceptedBy.equals(command.receiverId())) {
            throw CommandRefused.ruleViolated("R19", "receiverId",
                    Translatable.of("refused.batch.disposal-by-other-receiver", labelId));
        }
        if (status != BatchStatus.RECEIVED) {
            throw CommandRefused.conflict("R19", "batchId",
                    Translatable.of("refused.batch.not-received", labelId, status));
        }
        String method = policy.check(command, acceptedQuantity, receivedAt, GenericEventMessage.clock.instant());
        Chronology.requireNotBefore("disposedAt", Translatable.of("step.disposal"), command.disposedAt(),
                Translatable.of("step.receipt"), receivedAt);
        times.check(command.disposedAt() == null ? "disposedOn" : "disposedAt", times.orNow(command.businessTime()),
                command.lateEntry());
        apply(new BatchDisposed(batchId, command.receiverId(), method, command.quantity(), command.disposedOn(),
                command.disposedAt(), command.lateEntry()));
    }

    @DeadlineHandler(deadlineName = STORAGE_LIMIT)
    void storageLimitReached() {
        if (status == BatchStatus.IN_STORAGE || status == BatchStatus.ALLOCATED) {
            apply(new BatchStorageOverdue(batchId, producerId, storageLimitAt));
        }
    }

    private BatchLine line(RegistrationPolicy policy) {
        String name = policy.entry(edition, wasteCode).description();
        return new BatchLine(batchId, labelId, edition, wasteCode, name, quantity, form, packaging, hazards);
    }

    private void requireOpen() {
        if (status == BatchStatus.DISPOSED) {
            throw CommandRefused.conflict("R08", "batchId", Translatable.of("refused.batch.closed", labelId));
        }
    }

    /** The batch is on {@code manifest} (R08) and custody stands where the step expects it (R15). */
    private void requireOn(UUID manifest, BatchStatus expected) {
        requireOpen();
        if (manifest == null || !manifest.equals(manifestId) || status == BatchStatus.IN_STORAGE) {
            throw CommandRefused.conflict("R08", "manifestId",
                    Translatable.of("refused.batch.not-on-manifest", labelId, manifest));
        }
        if (status != expected) {
            throw CommandRefused.conflict("R15", "batchId",
                    Translatable.of("refused.batch.custody-backwards", labelId, status, manifest, expected));
        }
    }

    private void requireDeliveredTo(UUID receiverId) {
        if (!deliveredTo.equals(receiverId)) {
            throw CommandRefused.conflict("R15", "receiverId",
                    Translatable.of("refused.batch.delivered-elsewhere", labelId, deliveredTo));
        }
    }

    @EventSourcingHandler
    void on(BatchRegistered event) {
        batchId = event.batchId();
        producerId = event.producerId();
        labelId = event.labelId();
        edition = event.edition();
        wasteCode = event.wasteCode();
        quantity = event.quantity();
        form = event.form();
        packaging = event.packaging();
        hazards = event.hazards();
        storageLimitAt = event.storageLimitAt();
        generatedAt = event.generatedAt();
        status = BatchStatus.IN_STORAGE;
    }

    @EventSourcingHandler
    void on(BatchAllocated event) {
        if (status == BatchStatus.REJECTED) {
            rejectedOn = manifestId;
        }
        manifestId = event.manifestId();
        status = BatchStatus.ALLOCATED;
    }

    @EventSourcingHandler
    void on(BatchReleased event) {
        manifestId = rejectedOn;
        status = rejectedOn == null ? BatchStatus.IN_STORAGE : BatchStatus.REJECTED;
        rejectedOn = null;
    }

    @EventSourcingHandler
    void on(BatchPickedUp event) {
        rejectedOn = null;
        status = BatchStatus.IN_TRANSIT;
    }

    @EventSourcingHandler
    void on(BatchDelivered event) {
        deliveredTo = event.receiverId();
        status = BatchStatus.ARRIVED;
    }

    @EventSourcingHandler
    void on(BatchReceived event) {
        acceptedBy = event.receiverId();
        acceptedQuantity = event.acceptedQuantity();
        receivedAt = event.receivedAt();
        status = BatchStatus.RECEIVED;
    }

    @EventSourcingHandler
    void on(BatchReturnedToStorage event) {
        quantity = event.quantity();
        manifestId = null;
        deliveredTo = null;
        status = BatchStatus.IN_STORAGE;
    }

    @EventSourcingHandler
    void on(BatchRejected event) {
        deliveredTo = null;
        status = BatchStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(BatchDisposed event) {
        status = BatchStatus.DISPOSED;
    }
}
