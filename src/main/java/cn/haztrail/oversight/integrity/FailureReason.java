package cn.haztrail.oversight.integrity;

/** Why a stream fails its integrity check (R23). */
public enum FailureReason {
    /** The stored hash is not the hash of the event as stored, chained to its predecessor: altered. */
    HASH_MISMATCH,
    /** An event carries no hash (stored before hashing existed, or its hash was removed). */
    UNHASHED,
    /** A sequence number is missing inside the stream: an event was deleted. */
    MISSING_EVENT,
    /** The stream ends before the last head a seal recorded for it: its last events were deleted. */
    TAIL_DELETED,
    /** A seal recorded the stream, and no event of it is stored any more. */
    STREAM_REMOVED,
    /** The event a seal last recorded as the stream's head has another hash now: the chain was rewritten. */
    SEALED_HEAD_MISMATCH,
    /** A seal's Merkle root or root does not match what it lists, its link is broken, or a registered seal is gone. */
    SEAL_INVALID,
    /** An event's stored metadata holds a key its hash does not cover: metadata was added in the database. */
    UNKNOWN_METADATA,
    /**
     * A snapshot of the stream is not the one HazTrail proved after the event it names (edited, or moved onto another
     * event), or one was found so and not used when the aggregate was loaded.
     */
    SNAPSHOT_MISMATCH,
    /**
     * An event's global position is not above the one of the event before it in its stream: positions are issued in
     * append order, so one of the two was written by hand.
     */
    GLOBAL_INDEX_OUT_OF_ORDER,
    /**
     * An event's global position lies beyond the highest the event store's sequence has issued: it was written by
     * hand. Streaming processors wait before it until it is put back.
     */
    GLOBAL_INDEX_BEYOND_SEQUENCE
}
