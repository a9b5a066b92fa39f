package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordRefused;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.manifest.api.ManifestCancelled;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A manifest record's cancellation (R12): only before pickup, after the manifest's last step (R25). Its batches go
 * back to the consignor's storage, free for another manifest; its number stays held.
 */
final class ManifestCancellation {

    static final Set<Field> FIELDS = Set.of(Field.CANCELLED_AT, Field.CANCEL_REASON);

    private ManifestCancellation() {
    }

    /** The record is cancelled and was not when it was imported before. */
    static boolean isNew(SourceRecord record, ImportedRow existing) {
        return record.has(Field.CANCELLED_AT) && (existing == null
                || !SourceRecord.fromCanonical(existing.content()).has(Field.CANCELLED_AT));
    }

    static PlannedEvent plan(SourceRecord record, UUID manifestId, ManifestSteps reached, List<Instant> times,
                             ManifestTerms terms, ChunkState state, CheckContext context) {
        Instant at = Values.instant(record, Field.CANCELLED_AT);
        if (reached.ordinal() > ManifestSteps.SUBMITTED.ordinal()) {
            throw RecordRefused.of(Field.CANCELLED_AT, "R12", "refused.backflow.cancelled-after-pickup");
        }
        if (at.isBefore(times.get(reached.ordinal()))) {
            throw RecordRefused.of(Field.CANCELLED_AT, "R25", "refused.backflow.step-before-previous",
                    Field.CANCELLED_AT.header(), reached.time().header());
        }
        if (context.inFuture(at)) {
            throw RecordRefused.of(Field.CANCELLED_AT, "R25", "refused.backflow.in-future",
                    Field.CANCELLED_AT.header());
        }
        String reason = Values.required(record, Field.CANCEL_REASON);
        for (String batchId : record.list(Field.LINE_BATCHES)) {
            state.put(state.find(batchId).withBatch(terms.consignorId(), ImportedRow.BatchState.STORED));
        }
        return new PlannedEvent(PlannedEvent.MANIFEST, manifestId, new ManifestCancelled(manifestId, reason, at, null),
                at);
    }
}
