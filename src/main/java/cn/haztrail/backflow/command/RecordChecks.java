package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordRefused;
import cn.haztrail.backflow.format.RecordType;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.shared.axon.integrity.CanonicalForm;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HexFormat;

/**
 * Checks one record and plans what it stores: nothing when it was imported before with the same content, a
 * correction when with other content, else its events. A refused record changes nothing (its state is dropped).
 */
final class RecordChecks {

    private RecordChecks() {
    }

    static RecordPlan plan(SourceRecord read, ChunkState state, CheckContext context) {
        try {
            RecordPlan plan = planChecked(read, state, context);
            state.accept();
            return plan;
        } catch (RuntimeException refused) {
            state.refuse();
            throw refused;
        }
    }

    /** The record as it will be kept: the job's source system filled in. */
    static SourceRecord normalized(SourceRecord read, CheckContext context) {
        String system = read.get(Field.SOURCE_SYSTEM);
        if (system != null && !system.equals(context.sourceSystem())) {
            throw RecordRefused.of(Field.SOURCE_SYSTEM, null, "refused.backflow.other-source-system", system,
                    context.sourceSystem());
        }
        var values = new EnumMap<>(read.values());
        values.put(Field.SOURCE_SYSTEM, context.sourceSystem());
        return new SourceRecord(read.line(), values);
    }

    private static RecordPlan planChecked(SourceRecord read, ChunkState state, CheckContext context) {
        SourceRecord record = normalized(read, context);
        RecordType type = Values.enumValue(Field.RECORD_TYPE, Values.required(record, Field.RECORD_TYPE),
                RecordType.class);
        String sourceId = Values.required(record, Field.SOURCE_RECORD_ID);
        if (sourceId.contains(Field.LIST_SEPARATOR) || sourceId.length() > 100) {
            throw RecordRefused.of(Field.SOURCE_RECORD_ID, null, "refused.backflow.source-id", sourceId);
        }
        if (type == RecordType.ENTERPRISE) {
            context.enterprises().require(Field.CREDIT_CODE, Values.required(record, Field.CREDIT_CODE));
            return RecordPlan.unchanged();
        }
        ImportedRow existing = state.find(sourceId);
        if (existing != null && existing.type() != type) {
            throw RecordRefused.of(Field.RECORD_TYPE, null, "refused.backflow.other-type", sourceId,
                    existing.type().name());
        }
        String hash = hash(record);
        if (existing != null && existing.contentHash().equals(hash)) {
            return RecordPlan.unchanged();
        }
        return switch (type) {
            case BATCH -> BatchCheck.plan(record, existing, state, context, hash);
            case MANIFEST -> ManifestCheck.plan(record, existing, state, context, hash);
            case DISPOSAL -> DisposalCheck.plan(record, existing, state, context, hash);
            case ENTERPRISE -> throw new IllegalStateException("handled above");
        };
    }

    static String hash(SourceRecord record) {
        return HexFormat.of().formatHex(CanonicalForm.sha256(record.canonical().getBytes(StandardCharsets.UTF_8)));
    }
}
