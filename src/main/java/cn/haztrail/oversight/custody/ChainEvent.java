package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.manifest.api.ReceiptOverdue;
import cn.haztrail.shared.axon.AuditMetadata;

import java.time.Instant;
import java.util.Map;

/**
 * One stored event of a custody stream, detached from Axon's message types so that folding and summaries are plain
 * code that unit tests feed directly.
 *
 * @param recordedAt the event's timestamp: when HazTrail recorded it
 * @param metaData   the audit metadata of R22 (account, enterprise, role, business time)
 */
record ChainEvent(StreamRef stream, long sequenceNumber, Instant recordedAt, Object payload,
                  Map<String, ?> metaData) {

    String eventType() {
        return payload.getClass().getSimpleName();
    }

    /**
     * When it happened in the world. A deadline's event happened at the due time it names: its metadata carries the
     * business time of the step that set the deadline, not its own. An event stored without a business time
     * happened when it was recorded.
     */
    Instant businessTime() {
        if (payload instanceof ReceiptOverdue overdue) {
            return overdue.receiptDueAt();
        }
        if (payload instanceof BatchStorageOverdue overdue) {
            return overdue.storageLimitAt();
        }
        Object stated = metaData.get(AuditMetadata.BUSINESS_TIME);
        return stated == null ? recordedAt : Instant.parse(stated.toString());
    }
}
