package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordRefused;
import cn.haztrail.backflow.format.RecordType;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.catalogue.MethodCode;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.i18n.Translatable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A disposal record checked as a native disposal is (R19): by the receiver holding the batch, a final method. */
final class DisposalCheck {

    private DisposalCheck() {
    }

    static RecordPlan plan(SourceRecord record, ImportedRow existing, ChunkState state, CheckContext context,
                           String hash) {
        String sourceId = record.get(Field.SOURCE_RECORD_ID);
        UUID receiverId = context.enterprises().require(Field.RECEIVER_CREDIT_CODE,
                Values.required(record, Field.RECEIVER_CREDIT_CODE));
        context.requireInJurisdiction(Field.RECEIVER_CREDIT_CODE, receiverId);
        String batchSourceId = Values.required(record, Field.BATCH_SOURCE_ID);
        ImportedRow batch = state.find(batchSourceId);
        if (batch == null || batch.type() != RecordType.BATCH) {
            throw RecordRefused.of(Field.BATCH_SOURCE_ID, "R19", "refused.backflow.unknown-batch", batchSourceId);
        }
        String method = Values.required(record, Field.METHOD_CODE);
        MethodCode code = context.methods().find(method).orElseThrow(() -> new RecordRefused(Field.METHOD_CODE,
                "R19", Translatable.of("refused.batch.unknown-method", method)));
        if (!code.kind().isFinal()) {
            throw new RecordRefused(Field.METHOD_CODE, "R19", Translatable.of("refused.batch.method-not-final",
                    code.code(), code.nameZh()));
        }
        Quantity quantity = Values.quantity(record);
        if (!quantity.hasMass()) {
            throw RecordRefused.of(Field.UNIT, "R19", "refused.backflow.not-a-mass", record.get(Field.UNIT));
        }
        LocalDate disposedOn = Values.date(record, Field.DISPOSED_ON);
        if (disposedOn == null) {
            throw RecordRefused.of(Field.DISPOSED_ON, "R19", "refused.backflow.missing", Field.DISPOSED_ON.header());
        }
        if (disposedOn.isAfter(context.now().atZone(context.calendar().zone()).toLocalDate())) {
            throw new RecordRefused(Field.DISPOSED_ON, null, Translatable.of("refused.batch.disposal-in-future"));
        }
        if (existing != null) {
            var changes = Corrections.changes(SourceRecord.fromCanonical(existing.content()), record, Set.of());
            state.put(existing.withContent(hash, record.canonical()));
            return new RecordPlan(RecordOutcome.CORRECTED, List.of(Corrections.event(PlannedEvent.BATCH,
                    batch.aggregateId(), context, record, changes)));
        }
        if (batch.batchState() != ImportedRow.BatchState.RECEIVED || !receiverId.equals(batch.holderId())) {
            throw RecordRefused.of(Field.BATCH_SOURCE_ID, "R19", "refused.backflow.batch-not-received",
                    batchSourceId);
        }
        // the time it was recorded natively, when the record gives it; else the start of its day
        Instant disposedAt = record.has(Field.DISPOSED_AT) ? Values.instant(record, Field.DISPOSED_AT)
                : disposedOn.atStartOfDay(context.calendar().zone()).toInstant();
        if (context.inFuture(disposedAt)) {
            throw RecordRefused.of(Field.DISPOSED_AT, "R25", "refused.backflow.in-future", Field.DISPOSED_AT.header());
        }
        state.put(batch.withBatch(receiverId, ImportedRow.BatchState.DISPOSED));
        state.put(new ImportedRow(context.sourceSystem(), sourceId, RecordType.DISPOSAL, batch.aggregateId(), hash,
                record.canonical(), null, null, null));
        return new RecordPlan(RecordOutcome.IMPORTED, List.of(new PlannedEvent(PlannedEvent.BATCH,
                batch.aggregateId(), new BatchDisposed(batch.aggregateId(), receiverId, code.code(), quantity,
                disposedOn, disposedAt, null), disposedAt)));
    }
}
