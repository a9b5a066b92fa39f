package cn.haztrail.oversight.custody;

import java.util.UUID;

/** A stream of the event store that an event names: a batch or a manifest. */
record StreamRef(UUID id, StreamKind kind) {

    static StreamRef batch(UUID id) {
        return new StreamRef(id, StreamKind.BATCH);
    }

    static StreamRef manifest(UUID id) {
        return new StreamRef(id, StreamKind.MANIFEST);
    }
}
