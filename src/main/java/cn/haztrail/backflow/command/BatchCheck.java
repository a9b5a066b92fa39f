package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordRefused;
import cn.haztrail.backflow.format.RecordType;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.LabelId;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.WasteCodeEntry;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.i18n.Translatable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A batch record checked as a native registration is (R06, R07), except the label sequence it keeps as issued. */
final class BatchCheck {

    private static final Duration MEDICAL_STORAGE = Duration.ofHours(48);

    private BatchCheck() {
    }

    static BatchRegistered registration(SourceRecord record, UUID batchId, CheckContext context) {
        UUID producerId = context.enterprises().require(Field.PRODUCER_CREDIT_CODE,
                Values.required(record, Field.PRODUCER_CREDIT_CODE));
        context.requireInJurisdiction(Field.PRODUCER_CREDIT_CODE, producerId);
        String edition = record.has(Field.EDITION) ? record.get(Field.EDITION) : context.wastes().currentEdition();
        WasteCodeEntry entry = entry(record, edition, context);
        String labelId = Values.required(record, Field.LABEL_ID);
        try {
            new LabelId(labelId);
        } catch (IllegalArgumentException malformed) {
            throw RecordRefused.of(Field.LABEL_ID, "R07", "refused.backflow.label-id", labelId);
        }
        if (!labelId.startsWith(record.get(Field.PRODUCER_CREDIT_CODE))
                || !labelId.substring(18, 26).equals(entry.code().compact())) {
            throw RecordRefused.of(Field.LABEL_ID, "R07", "refused.backflow.label-id", labelId);
        }
        Quantity quantity = Values.quantity(record);
        PhysicalForm form = Values.enumValue(Field.PHYSICAL_FORM, Values.required(record, Field.PHYSICAL_FORM),
                PhysicalForm.class);
        PackagingType packagingType = Values.enumValue(Field.PACKAGING_TYPE,
                Values.required(record, Field.PACKAGING_TYPE), PackagingType.class);
        int containers = Values.positiveInt(record, Field.PACKAGING_COUNT);
        List<HazardCharacteristic> hazards = hazards(record, entry);
        Instant generatedAt = Values.instant(record, Field.GENERATED_AT);
        if (generatedAt == null) {
            throw RecordRefused.of(Field.GENERATED_AT, "R06", "refused.backflow.missing", Field.GENERATED_AT.header());
        }
        if (context.inFuture(generatedAt)) {
            throw new RecordRefused(Field.GENERATED_AT, "R25", Translatable.of("refused.batch.generated-in-future"));
        }
        Instant storageLimit = entry.isMedical() ? generatedAt.plus(MEDICAL_STORAGE)
                : generatedAt.atZone(context.calendar().zone()).plusYears(1).toInstant();
        return new BatchRegistered(batchId, producerId, labelId, edition, entry.code().value(), quantity, form,
                new Packaging(packagingType, containers), hazards, record.get(Field.MAIN_COMPONENTS), generatedAt,
                record.get(Field.STORAGE_LOCATION), storageLimit);
    }

    static RecordPlan plan(SourceRecord record, ImportedRow existing, ChunkState state, CheckContext context,
                           String hash) {
        String sourceId = record.get(Field.SOURCE_RECORD_ID);
        UUID batchId = existing == null ? context.aggregateIdOf(sourceId) : existing.aggregateId();
        BatchRegistered registered = registration(record, batchId, context);
        // R07: a label id names one batch only, native or imported; an import never takes another's
        if (state.labels().heldByAnother(registered.labelId(), batchId)) {
            throw RecordRefused.of(Field.LABEL_ID, "R07", "refused.backflow.label-held", registered.labelId());
        }
        state.labels().take(registered.labelId(), batchId);
        if (existing == null) {
            state.put(new ImportedRow(context.sourceSystem(), sourceId, RecordType.BATCH, batchId, hash,
                    record.canonical(), registered.producerId(), registered.producerId(),
                    ImportedRow.BatchState.STORED));
            return new RecordPlan(RecordOutcome.IMPORTED, List.of(new PlannedEvent(PlannedEvent.BATCH, batchId,
                    registered, registered.generatedAt())));
        }
        var changes = Corrections.changes(SourceRecord.fromCanonical(existing.content()), record, Set.of());
        state.put(existing.withContent(hash, record.canonical()));
        return new RecordPlan(RecordOutcome.CORRECTED,
                List.of(Corrections.event(PlannedEvent.BATCH, batchId, context, record, changes)));
    }

    private static WasteCodeEntry entry(SourceRecord record, String edition, CheckContext context) {
        if (!context.wastes().hasEdition(edition)) {
            throw new RecordRefused(Field.EDITION, "R06", Translatable.of("refused.batch.unknown-edition", edition,
                    context.wastes().editions()));
        }
        String code = Values.required(record, Field.WASTE_CODE);
        WasteCode parsed;
        try {
            parsed = WasteCode.parse(code);
        } catch (IllegalArgumentException malformed) {
            throw new RecordRefused(Field.WASTE_CODE, "R06", Translatable.of("refused.batch.waste-code-malformed",
                    code, malformed.getMessage()));
        }
        return context.wastes().find(edition, parsed).orElseThrow(() -> new RecordRefused(Field.WASTE_CODE, "R06",
                Translatable.of("refused.batch.code-not-in-edition", parsed, edition)));
    }

    private static List<HazardCharacteristic> hazards(SourceRecord record, WasteCodeEntry entry) {
        Set<HazardCharacteristic> declared = EnumSet.noneOf(HazardCharacteristic.class);
        for (String code : Values.required(record, Field.HAZARDS).split("[,/ ]+")) {
            try {
                declared.add(HazardCharacteristic.fromCode(code.strip()));
            } catch (IllegalArgumentException unknown) {
                throw RecordRefused.of(Field.HAZARDS, "R06", "refused.backflow.unknown-value", code, "T, C, I, R, In");
            }
        }
        List<String> violations = entry.hazardRequirement().violations(declared);
        if (!violations.isEmpty()) {
            throw new RecordRefused(Field.HAZARDS, "R06", Translatable.of("refused.batch.hazards-missing",
                    entry.code(), String.join("; ", violations), entry.hazardRequirement().explanationZh()));
        }
        return new ArrayList<>(declared);
    }
}
