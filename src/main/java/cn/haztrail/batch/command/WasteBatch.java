package cn.haztrail.batch.command;

import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.ConsolidateBatches;
import cn.haztrail.batch.api.SplitBatch;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.batch.api.BatchReleased;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.batch.api.LabelId;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.batch.api.RecordDisposal;
import cn.haztrail.batch.api.RegisterBatch;
import cn.haztrail.batch.custody.Custody;
import cn.haztrail.batch.custody.CustodyBook;
import cn.haztrail.batch.custody.StorageClock;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.WasteCodeEntry;
import cn.haztrail.shared.axon.AggregateCaches;
import cn.haztrail.shared.axon.TransactionScopedLockFactory;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.time.Chronology;
import cn.haztrail.shared.time.StepTimes;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * One batch of one waste code from generation to disposal (一码贯通): its label id, its storage clock at the producer
 * and its disposal. Its custody follows from its manifests' events (the command side's custody table, {@link
 * CustodyBook}): a batch is on at most one manifest at a time and never moves once disposed of (R08). The custody
 * events batches received before (allocated, picked up, delivered, received, rejected, released, returned) are still
 * folded here as history, and the custody fields they set stay so that stored snapshots still load. A batch may also
 * be made at a holder from shares of batches it held (split or consolidation, R39-R41): its producer is then that
 * holder, and its creation event alone takes the shares from its sources.
 */
@Aggregate(lockFactory = TransactionScopedLockFactory.BEAN, cache = AggregateCaches.BATCHES)
public class WasteBatch {

    static final String STORAGE_LIMIT = StorageClock.STORAGE_LIMIT;

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
    /** When the batch was made from shares of others at its holder (R39); null for a batch generated there. */
    private Instant repackedAt;

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

    /**
     * A new batch a receiver or collector made from shares of batches it held (R39-R41), with its storage clock at
     * the holder (R09). The aggregate checks that the mass is conserved before it exists.
     */
    @CommandHandler
    public WasteBatch(ConsolidateBatches command, RepackPolicy policy, DeadlineManager deadlines) {
        this(policy.consolidate(command, GenericEventMessage.clock.instant()), deadlines);
    }

    /** Built for each part of a split by the source's own handler, in the same transaction. */
    WasteBatch(BatchRepacked event, DeadlineManager deadlines) {
        Repacks.requireConserved(event);
        apply(event);
        deadlines.schedule(event.storageLimitAt(), STORAGE_LIMIT, null,
                new AggregateScopeDescriptor(WasteBatch.class.getSimpleName(), event.batchId()));
    }

    /**
     * The source of a split handles it, so two splits of one batch queue on its lock; the parts are new batches of
     * this transaction, each taking its share from this one (R39, R40).
     */
    @CommandHandler
    public void handle(SplitBatch command, RepackPolicy policy, DeadlineManager deadlines) throws Exception {
        requireOpen();
        for (BatchRepacked part : policy.split(command, GenericEventMessage.clock.instant())) {
            createNew(WasteBatch.class, () -> new WasteBatch(part, deadlines));
        }
    }

    /** Decided from where the batch's custody stands now (R19): its manifests move it, not its own events. */
    @CommandHandler
    public void handle(RecordDisposal command, DisposalPolicy policy, StepTimes times, CustodyBook book) {
        requireOpen();
        Custody custody = book.find(batchId).orElse(null);
        if (custody != null && custody.status() == BatchStatus.DISPOSED) {
            throw CommandRefused.conflict("R08", "batchId", Translatable.of("refused.batch.closed", labelId));
        }
        if (custody != null && custody.status() == BatchStatus.REPACKED) {
            throw CommandRefused.conflict("R08", "batchId", Translatable.of("refused.batch.repacked", labelId));
        }
        // a repacked batch in storage at a receiver that made it is treated there like one it accepted
        boolean ownRepack = repackedAt != null && custody != null && custody.status() == BatchStatus.IN_STORAGE
                && custody.producerId().equals(command.receiverId());
        if (!ownRepack && (custody == null || custody.acceptedBy() == null
                || !custody.acceptedBy().equals(command.receiverId()))) {
            throw CommandRefused.ruleViolated("R19", "receiverId",
                    Translatable.of("refused.batch.disposal-by-other-receiver", labelId));
        }
        if (!ownRepack && custody.status() != BatchStatus.RECEIVED) {
            throw CommandRefused.conflict("R19", "batchId",
                    Translatable.of("refused.batch.not-received", labelId, custody.status()));
        }
        Quantity held = ownRepack ? custody.quantity() : custody.acceptedQuantity();
        Instant since = ownRepack ? repackedAt : custody.receivedAt();
        String method = policy.check(command, held, since, GenericEventMessage.clock.instant());
        Chronology.requireNotBefore("disposedAt", Translatable.of("step.disposal"), command.disposedAt(),
                Translatable.of("step.receipt"), since);
        times.check(command.disposedAt() == null ? "disposedOn" : "disposedAt", times.orNow(command.businessTime()),
                command.lateEntry());
        apply(new BatchDisposed(batchId, command.receiverId(), method, command.quantity(), command.disposedOn(),
                command.disposedAt(), command.lateEntry()));
    }

    /**
     * R09: still at the producer when the limit is reached. The message comes first: Axon binds the first parameter
     * to the deadline's payload, so a handler whose first parameter is the book would never be called.
     */
    @DeadlineHandler(deadlineName = STORAGE_LIMIT)
    void storageLimitReached(DeadlineMessage<?> deadline, CustodyBook book) {
        if (status != BatchStatus.DISPOSED && book.find(batchId).map(Custody::atProducer).orElse(false)) {
            apply(new BatchStorageOverdue(batchId, producerId, storageLimitAt));
        }
    }

    private void requireOpen() {
        if (status == BatchStatus.DISPOSED) {
            throw CommandRefused.conflict("R08", "batchId", Translatable.of("refused.batch.closed", labelId));
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
    void on(BatchRepacked event) {
        batchId = event.batchId();
        producerId = event.holderId();
        labelId = event.labelId();
        edition = event.edition();
        wasteCode = event.wasteCode();
        quantity = event.quantity();
        form = event.form();
        packaging = event.packaging();
        hazards = event.hazards();
        storageLimitAt = event.storageLimitAt();
        generatedAt = event.repackedAt();
        repackedAt = event.repackedAt();
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
