package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.shared.domain.Quantity;

import java.util.UUID;

/**
 * A batch as its events had left it, with the transitions of {@code WasteBatch} plus what an auditor asks: where the
 * waste rests between trips ({@code restingAt}: its producer, or the receiver that accepted or rejected it), the
 * carrier that loaded it, what was accepted, on which manifest, and what was disposed of by which method.
 */
final class BatchFacts {

    final UUID batchId;
    final UUID producerId;
    final String labelId;
    final String wasteCode;
    Quantity declared;
    BatchStatus status = BatchStatus.IN_STORAGE;
    UUID manifestId;
    UUID rejectedOn;
    UUID restingAt;
    UUID carrierId;
    Quantity accepted;
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
    }

    void allocated(BatchAllocated event) {
        if (status == BatchStatus.REJECTED) {
            rejectedOn = manifestId;
        }
        manifestId = event.manifestId();
        status = BatchStatus.ALLOCATED;
    }

    void released() {
        manifestId = rejectedOn;
        status = rejectedOn == null ? BatchStatus.IN_STORAGE : BatchStatus.REJECTED;
        rejectedOn = null;
    }

    void pickedUp(BatchPickedUp event) {
        rejectedOn = null;
        carrierId = event.carrierId();
        status = BatchStatus.IN_TRANSIT;
    }

    void delivered() {
        status = BatchStatus.ARRIVED;
    }

    void received(BatchReceived event) {
        accepted = event.acceptedQuantity();
        acceptedOn = event.manifestId();
        restingAt = event.receiverId();
        status = BatchStatus.RECEIVED;
    }

    /** Back at its producer: the batch now holds what the producer took back; no receiver accepted it. */
    void returnedToStorage(BatchReturnedToStorage event) {
        declared = event.quantity();
        manifestId = null;
        restingAt = producerId;
        status = BatchStatus.IN_STORAGE;
    }

    void rejected(BatchRejected event) {
        restingAt = event.receiverId();
        status = BatchStatus.REJECTED;
    }

    void disposed(BatchDisposed event) {
        disposed = event.quantity();
        disposalMethod = event.methodCode();
        restingAt = event.receiverId();
        status = BatchStatus.DISPOSED;
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
