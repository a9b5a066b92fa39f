package cn.haztrail.batch.api;

/** Where a batch stands in its life; DISPOSED and REPACKED are final (R08). */
public enum BatchStatus {
    /** At its producer, on no active manifest. */
    IN_STORAGE,
    /** On a manifest that has not been picked up yet. */
    ALLOCATED,
    /** Loaded by a carrier. */
    IN_TRANSIT,
    /** Delivered at the receiver, not yet inspected. */
    ARRIVED,
    /** Accepted by the receiver (possibly in part). */
    RECEIVED,
    /** Refused by the receiver; waits for a follow-on manifest back to the consignor or onward. */
    REJECTED,
    /** Taken in full into new batches by its holder (R39-R41); the batch is closed, its waste lives on in them. */
    REPACKED,
    /** Utilized or disposed of; the batch is closed. */
    DISPOSED
}
