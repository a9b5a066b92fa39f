package cn.haztrail.backflow.command;

import java.time.Instant;
import java.util.UUID;

/** An event a record will store: on which stream, and the business time it happened at (R22 metadata). */
record PlannedEvent(String aggregateType, UUID aggregateId, Object payload, Instant businessTime) {

    static final String BATCH = "WasteBatch";
    static final String MANIFEST = "TransferManifest";
}
