package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.shared.domain.Quantity;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A batch as its own events and its manifests' events had left it ({@link CustodyFold}), with the transitions of
 * {@code WasteBatch} plus what an auditor asks: where the waste rests between trips ({@code restingAt}: its producer,
 * or the receiver that accepted or rejected it), the carrier that loaded it, what was accepted, on which manifest,
 * and what was disposed of by which method.
 */
final class BatchFacts {

    final UUID batchId;
    final UUID producerId;
    final String labelId;
    final String wasteCode;
    /** Made by a repacking (R39-R41), not registered by its producer. */
    final boolean repacked;
    Quantity declared;
    BatchStatus status = BatchStatus.IN_STORAGE;
    UUID manifestId;
    UUID rejectedOn;
    UUID restingAt;
    UUID carrierId;
    Quantity accepted;
    /** After a partial receipt: the tonnes declared but not accepted, which the receiver holds all the same (R39). */
    BigDecimal notAccepted = BigDecimal.ZERO;
    /** Tonnes taken from the batch into new batches (R39). */
    BigDecimal taken = BigDecimal.ZERO;
    UUID acceptedOn;
    String receiptMethod;
    Quantity disposed;
    String disposalMethod;
    boolean storageOverdue;

    BatchFacts(BatchRegistered event) {
        batchId = event.batchId();
        producerId = event.producerId();
        labelId = event.labelId();
        wasteCode = event.wasteCode();
        declared = event.quantity();
        restingAt = producerId;
        repacked = false;
    }

    /** A batch made at its holder from shares of others (R39-R41): it rests at the holder. */
    BatchFacts(BatchRepacked event) {
        batchId = event.batchId();
        producerId = event.holderId();
        labelId = event.labelId();
        wasteCode = event.wasteCode();
        declared = event.quantity();
        restingAt = producerId;
        repacked = true;
    }

    void allocated(UUID manifest) {
        if (status == BatchStatus.REJECTED) {
            rejectedOn = manifestId;
        }
        manifestId = manifest;
        status = BatchStatus.ALLOCATED;
    }

    void released() {
        manifestId = rejectedOn;
        status = rejectedOn == null ? BatchStatus.IN_STORAGE : BatchStatus.REJECTED;
        rejectedOn = null;
    }

    void pickedUp(UUID carrier) {
        rejectedOn = null;
        carrierId = carrier;
        status = BatchStatus.IN_TRANSIT;
    }

    void delivered() {
        status = BatchStatus.ARRIVED;
    }

    void received(UUID manifest, UUID receiver, Quantity acceptedQuantity) {
        accepted = acceptedQuantity;
        acceptedOn = manifest;
        restingAt = receiver;
        status = BatchStatus.RECEIVED;
    }

    /**
     * Back at the consignor that took it back (its producer, or the one a part not accepted was split off for): the
     * batch now holds what was taken back; no receiver accepted it.
     */
    void returnedToStorage(Quantity weighed, UUID consignor) {
        declared = weighed;
        manifestId = null;
        restingAt = consignor == null ? producerId : consignor;
        taken = BigDecimal.ZERO;
        notAccepted = BigDecimal.ZERO;
        status = BatchStatus.IN_STORAGE;
    }

    void rejected(UUID receiver) {
        restingAt = receiver;
        status = BatchStatus.REJECTED;
    }

    void disposed(BatchDisposed event) {
        disposed = event.quantity();
        disposalMethod = event.methodCode();
        restingAt = event.receiverId();
        status = BatchStatus.DISPOSED;
    }

    /** After a partial receipt the receiver holds the part it did not accept too (R39). */
    void partlyAccepted() {
        if (declared != null && declared.hasMass() && accepted != null && accepted.hasMass()) {
            notAccepted = declared.tonnes().subtract(accepted.tonnes()).max(BigDecimal.ZERO);
        }
    }

    /** A share taken into a new batch; taken in full, the batch is closed (R08, R39). */
    void sharedOut(Quantity share) {
        if (share.hasMass()) {
            taken = taken.add(share.tonnes());
        }
        if (taken.signum() > 0 && taken.compareTo(held()) >= 0) {
            status = BatchStatus.REPACKED;
        }
    }

    /** The tonnes the holder held before any share was taken: accepted plus not accepted, or in storage. */
    private BigDecimal held() {
        Quantity base = status == BatchStatus.RECEIVED ? accepted : declared;
        BigDecimal tonnes = base == null || !base.hasMass() ? BigDecimal.ZERO : base.tonnes();
        return status == BatchStatus.RECEIVED ? tonnes.add(notAccepted) : tonnes;
    }

    void storageOverdue() {
        storageOverdue = true;
    }

    /** The receipt stated the method the receiver will use for what it accepted. */
    void receiptLine(LineOutcome line) {
        if (line.methodCode() != null) {
            receiptMethod = line.methodCode();
        }
    }

    boolean onTheRoad() {
        return status == BatchStatus.IN_TRANSIT || status == BatchStatus.ARRIVED;
    }
}
