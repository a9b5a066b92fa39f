package cn.haztrail.shared.web.idempotency;

/** What {@link IdempotencyStore#reserve} found for a key. */
sealed interface Reservation {

    /** The key is new (or its earlier attempt was abandoned): this request runs. */
    record Granted() implements Reservation {
    }

    /** The same request already succeeded: answer with its response, append nothing. */
    record Replay(StoredResponse response) implements Reservation {
    }

    /** The key was used for a different request. */
    record Mismatch() implements Reservation {
    }

    /** The same key is being processed right now by another request. */
    record InProgress() implements Reservation {
    }
}
