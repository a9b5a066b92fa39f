package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordRefused;
import cn.haztrail.backflow.format.RecordType;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.manifest.api.ReceiptOutcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A manifest record checked as the native steps are (R10, R11, R15, R18, R25), except what a record from the
 * provincial platform is exempt from (api-docs/backflow-format.md): the late-entry window, the approval of a
 * cross-province transfer, the receiver's capacity hold and the receipt deadline.
 */
final class ManifestCheck {

    /** R16: five working days after arrival, as natively. */
    private static final int RECEIPT_WORKING_DAYS = 5;

    private ManifestCheck() {
    }

    static RecordPlan plan(SourceRecord record, ImportedRow existing, ChunkState state, CheckContext context,
                           String hash) {
        String sourceId = record.get(Field.SOURCE_RECORD_ID);
        UUID manifestId = existing == null ? context.aggregateIdOf(sourceId) : existing.aggregateId();
        ManifestTerms terms = ManifestTerms.read(record, context);
        ManifestSteps reached = ManifestSteps.reached(record);
        ManifestHandovers.requireNoneOfferedOnArrival(record);
        List<Instant> times = times(record, reached, context);
        ManifestSteps from;
        List<PlannedEvent> events = new ArrayList<>();
        List<BatchLine> lines;
        if (existing == null) {
            lines = lines(record, terms, state, context);
            from = null;
        } else {
            SourceRecord before = SourceRecord.fromCanonical(existing.content());
            if (!before.list(Field.LINE_BATCHES).equals(record.list(Field.LINE_BATCHES))) {
                throw RecordRefused.of(Field.LINE_BATCHES, null, "refused.backflow.lines-changed");
            }
            from = ManifestSteps.reached(before);
            if (reached.ordinal() < from.ordinal()) {
                throw RecordRefused.of(from.time(), null, "refused.backflow.step-withdrawn", from.time().header());
            }
            lines = record.list(Field.LINE_BATCHES).stream().map(id -> batchLine(state.find(id), context)).toList();
            var newFields = java.util.EnumSet.copyOf(ManifestSteps.fieldsBetween(from, reached));
            if (ManifestCancellation.isNew(record, existing)) {
                newFields.addAll(ManifestCancellation.FIELDS);
            }
            List<PlannedEvent> takenOver = from.ordinal() >= ManifestSteps.PICKED_UP.ordinal()
                    ? ManifestHandovers.takenOver(before, record, manifestId, terms, times, context) : List.of();
            var changes = Corrections.changes(takenOver.isEmpty() ? before
                    : ManifestHandovers.withTakenOver(before, record), record, newFields);
            if (changes.isEmpty() && from == reached && takenOver.isEmpty()
                    && !ManifestCancellation.isNew(record, existing)) {
                return RecordPlan.unchanged();
            }
            if (!changes.isEmpty()) {
                events.add(Corrections.event(PlannedEvent.MANIFEST, manifestId, context, record, changes));
            }
            events.addAll(takenOver);
        }
        for (ManifestSteps step : ManifestSteps.values()) {
            if ((from == null || step.ordinal() > from.ordinal()) && step.ordinal() <= reached.ordinal()) {
                Instant at = times.get(step.ordinal());
                if (step == ManifestSteps.RECEIVED) {
                    ManifestReceived received = received(manifestId, record, terms, lines, at, times, context, state);
                    ReceiptLines.discrepancies(manifestId, record, lines, received.lines()).forEach(found ->
                            events.add(new PlannedEvent(PlannedEvent.MANIFEST, manifestId, found, at)));
                    events.add(new PlannedEvent(PlannedEvent.MANIFEST, manifestId, received, at));
                    continue;
                }
                events.add(new PlannedEvent(PlannedEvent.MANIFEST, manifestId,
                        event(step, manifestId, record, terms, lines, at, times, context, state), at));
                if (step == ManifestSteps.PICKED_UP) {
                    events.addAll(ManifestHandovers.plan(record, manifestId, terms, times, context));
                }
            }
        }
        if (ManifestCancellation.isNew(record, existing)) {
            events.add(ManifestCancellation.plan(record, manifestId, reached, times, terms, state, context));
        }
        if (existing == null) {
            state.put(new ImportedRow(context.sourceSystem(), sourceId, RecordType.MANIFEST, manifestId, hash,
                    record.canonical(), null, null, null));
            return new RecordPlan(RecordOutcome.IMPORTED, events);
        }
        state.put(existing.withContent(hash, record.canonical()));
        return new RecordPlan(RecordOutcome.CORRECTED, events);
    }

    private static List<Instant> times(SourceRecord record, ManifestSteps reached, CheckContext context) {
        List<Instant> times = new ArrayList<>();
        for (ManifestSteps step : ManifestSteps.values()) {
            Instant at = step.ordinal() <= reached.ordinal() ? Values.instant(record, step.time()) : null;
            if (at != null && context.inFuture(at)) {
                throw RecordRefused.of(step.time(), "R25", "refused.backflow.in-future", step.time().header());
            }
            times.add(at);
        }
        return times;
    }

    /** The batches of a new manifest: imported, in the consignor's hands and on no other manifest (R10). */
    private static List<BatchLine> lines(SourceRecord record, ManifestTerms terms, ChunkState state,
                                         CheckContext context) {
        List<String> ids = record.list(Field.LINE_BATCHES);
        if (ids.isEmpty()) {
            throw RecordRefused.of(Field.LINE_BATCHES, "R10", "refused.backflow.missing",
                    Field.LINE_BATCHES.header());
        }
        if (ids.stream().distinct().count() != ids.size()) {
            throw RecordRefused.of(Field.LINE_BATCHES, "R10", "refused.backflow.batch-twice");
        }
        List<BatchLine> lines = new ArrayList<>();
        for (String id : ids) {
            ImportedRow batch = state.find(id);
            if (batch == null || batch.type() != RecordType.BATCH) {
                throw RecordRefused.of(Field.LINE_BATCHES, "R10", "refused.backflow.unknown-batch", id);
            }
            boolean available = batch.batchState() == ImportedRow.BatchState.STORED
                    || batch.batchState() == ImportedRow.BatchState.REJECTED;
            if (!available || !terms.consignorId().equals(batch.holderId())) {
                throw RecordRefused.of(Field.LINE_BATCHES, "R10", "refused.backflow.batch-not-available", id);
            }
            lines.add(batchLine(batch, context));
        }
        for (String id : ids) {
            state.put(state.find(id).withBatch(terms.consignorId(), ImportedRow.BatchState.ON_MANIFEST));
        }
        return lines;
    }

    private static BatchLine batchLine(ImportedRow batch, CheckContext context) {
        BatchRegistered registered = BatchCheck.registration(SourceRecord.fromCanonical(batch.content()),
                batch.aggregateId(), context);
        String name = context.wastes().find(registered.edition(),
                cn.haztrail.catalogue.WasteCode.parse(registered.wasteCode())).map(e -> e.description()).orElse(null);
        return new BatchLine(registered.batchId(), registered.labelId(), registered.edition(),
                registered.wasteCode(), name, registered.quantity(), registered.form(), registered.packaging(),
                registered.hazards());
    }

    private static Object event(ManifestSteps step, UUID manifestId, SourceRecord record, ManifestTerms terms,
                                List<BatchLine> lines, Instant at, List<Instant> times, CheckContext context,
                                ChunkState state) {
        return switch (step) {
            case DRAFTED -> new ManifestDrafted(manifestId, terms.kind(), terms.consignorId(), terms.originRegion(),
                    terms.receiverId(), terms.destinationRegion(), terms.carrierIds(),
                    record.get(Field.VEHICLE_PLATE), Values.date(record, Field.PLANNED_DATE), lines,
                    record.get(Field.PLANNED_METHOD), null, record.get(Field.EMERGENCY_MEASURES), null, at, null);
            case SUBMITTED -> new ManifestSubmitted(manifestId, number(record, manifestId, terms, at, context, state),
                    at, null);
            case PICKED_UP -> new ManifestPickedUp(manifestId, terms.requireCarrier(), terms.requirePlate(record),
                    null, at, null);
            case ARRIVED -> new ManifestArrived(manifestId, terms.arrivingCarrier(), at, receiptDue(at, context),
                    null);
            case RECEIVED -> throw new IllegalStateException("planned with its discrepancies");
        };
    }

    /** R11: a number is held by one manifest only, native or imported; an import never takes another's. */
    private static String number(SourceRecord record, UUID manifestId, ManifestTerms terms, Instant submittedAt,
                                 CheckContext context, ChunkState state) {
        String number = terms.number(record, submittedAt, context);
        if (state.numbers().heldByAnother(number, manifestId)) {
            throw RecordRefused.of(Field.MANIFEST_NUMBER, "R11", "refused.backflow.number-held", number);
        }
        state.numbers().take(number, manifestId);
        return number;
    }

    private static Instant receiptDue(Instant arrivedAt, CheckContext context) {
        return context.calendar().deadlineAfter(arrivedAt, RECEIPT_WORKING_DAYS);
    }

    private static ManifestReceived received(UUID manifestId, SourceRecord record, ManifestTerms terms,
                                             List<BatchLine> lines, Instant at, List<Instant> times,
                                             CheckContext context, ChunkState state) {
        var outcomes = ReceiptLines.read(record, lines, context);
        List<String> ids = record.list(Field.LINE_BATCHES);
        for (int i = 0; i < ids.size(); i++) {
            boolean rejected = outcomes.get(i).decision() == cn.haztrail.manifest.api.LineDecision.REJECT;
            state.put(state.find(ids.get(i)).withBatch(terms.receiverId(),
                    rejected ? ImportedRow.BatchState.REJECTED : ImportedRow.BatchState.RECEIVED));
        }
        ReceiptOutcome outcome = ReceiptLines.outcome(outcomes);
        Instant due = receiptDue(times.get(ManifestSteps.ARRIVED.ordinal()), context);
        ManifestKind kind = terms.kind();
        return new ManifestReceived(manifestId, terms.receiverId(), outcomes, outcome, at, at.isAfter(due), null,
                kind, null);
    }
}
