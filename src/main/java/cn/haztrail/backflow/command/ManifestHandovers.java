package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordRefused;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.manifest.api.HandoverCompleted;
import cn.haztrail.manifest.api.HandoverOffered;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The handovers between carriers of a manifest record (R15), imported with its pickup: each next carrier offered the
 * waste, then taking it over, in order, after the pickup and before the arrival (R25). The last may be offered and not
 * yet taken over (its {@code handedOverAt} empty), as natively: then the record has not arrived.
 */
final class ManifestHandovers {

    private ManifestHandovers() {
    }

    static List<PlannedEvent> plan(SourceRecord record, UUID manifestId, ManifestTerms terms, List<Instant> times,
                                   CheckContext context) {
        List<UUID> carriers = terms.carrierIds();
        int count = terms.nextCarriers().size();
        List<Instant> offered = instants(record, Field.HANDOVER_OFFERED_AT, count);
        List<Instant> handed = instants(record, Field.HANDED_OVER_AT, count);
        List<String> plates = record.list(Field.HANDOVER_PLATES);
        List<PlannedEvent> events = new ArrayList<>();
        Instant previous = times.get(ManifestSteps.PICKED_UP.ordinal());
        for (int i = 0; i < count; i++) {
            requireInOrder(Field.HANDOVER_OFFERED_AT, offered.get(i), previous, context);
            events.add(new PlannedEvent(PlannedEvent.MANIFEST, manifestId, new HandoverOffered(manifestId,
                    carriers.get(i), carriers.get(i + 1), offered.get(i), null), offered.get(i)));
            String plate = i < plates.size() && !plates.get(i).isEmpty() ? plates.get(i) : null;
            if (handed.get(i) == null) {
                requirePendingLast(record, i, count, plate);
                return events;
            }
            requireInOrder(Field.HANDED_OVER_AT, handed.get(i), offered.get(i), context);
            previous = handed.get(i);
            events.add(new PlannedEvent(PlannedEvent.MANIFEST, manifestId, new HandoverCompleted(manifestId,
                    carriers.get(i), carriers.get(i + 1), plate, handed.get(i), null), handed.get(i)));
        }
        Instant arrived = times.get(ManifestSteps.ARRIVED.ordinal());
        if (arrived != null && arrived.isBefore(previous)) {
            throw RecordRefused.of(Field.ARRIVED_AT, "R25", "refused.backflow.step-before-previous",
                    Field.ARRIVED_AT.header(), Field.HANDED_OVER_AT.header());
        }
        return events;
    }

    /**
     * A corrected record whose last handover was offered and not taken over when it was imported, and is taken over
     * now: that takeover, a step it now reaches. None when it is still pending, or when the carriers changed (a
     * correction).
     */
    static List<PlannedEvent> takenOver(SourceRecord before, SourceRecord record, UUID manifestId,
                                        ManifestTerms terms, List<Instant> times, CheckContext context) {
        int count = terms.nextCarriers().size();
        if (!pending(before) || !before.list(Field.HANDOVER_CARRIER_CREDIT_CODES)
                .equals(record.list(Field.HANDOVER_CARRIER_CREDIT_CODES))) {
            return List.of();
        }
        List<Instant> offered = instants(record, Field.HANDOVER_OFFERED_AT, count);
        Instant at = instants(record, Field.HANDED_OVER_AT, count).get(count - 1);
        if (at == null) {
            return List.of();
        }
        requireInOrder(Field.HANDED_OVER_AT, at, offered.get(count - 1), context);
        Instant arrived = times.get(ManifestSteps.ARRIVED.ordinal());
        if (arrived != null && arrived.isBefore(at)) {
            throw RecordRefused.of(Field.ARRIVED_AT, "R25", "refused.backflow.step-before-previous",
                    Field.ARRIVED_AT.header(), Field.HANDED_OVER_AT.header());
        }
        List<String> plates = record.list(Field.HANDOVER_PLATES);
        String plate = plates.size() == count && !plates.get(count - 1).isEmpty() ? plates.get(count - 1) : null;
        List<UUID> carriers = terms.carrierIds();
        return List.of(new PlannedEvent(PlannedEvent.MANIFEST, manifestId, new HandoverCompleted(manifestId,
                carriers.get(count - 1), carriers.get(count), plate, at, null), at));
    }

    /**
     * The record as imported with its pending handover taken over as the corrected one has it: what the correction
     * is compared with, so the takeover is a step, and a change to an earlier handover still a correction.
     */
    static SourceRecord withTakenOver(SourceRecord before, SourceRecord record) {
        int count = record.list(Field.HANDOVER_CARRIER_CREDIT_CODES).size();
        var values = new java.util.EnumMap<>(before.values());
        values.put(Field.HANDED_OVER_AT, lastReplaced(values(before, Field.HANDED_OVER_AT, count),
                values(record, Field.HANDED_OVER_AT, count)));
        List<String> plates = record.list(Field.HANDOVER_PLATES);
        if (plates.size() == count && !plates.get(count - 1).isEmpty()) {
            List<String> old = new ArrayList<>(before.list(Field.HANDOVER_PLATES));
            while (old.size() < count) {
                old.add("");
            }
            values.put(Field.HANDOVER_PLATES, lastReplaced(old, plates));
        }
        return new SourceRecord(before.line(), values);
    }

    private static String lastReplaced(List<String> old, List<String> now) {
        List<String> replaced = new ArrayList<>(old);
        replaced.set(replaced.size() - 1, now.get(now.size() - 1));
        return String.join(Field.LIST_SEPARATOR, replaced);
    }

    /** Whether the record's last handover is offered and not yet taken over. */
    private static boolean pending(SourceRecord record) {
        List<String> handed = values(record, Field.HANDED_OVER_AT, record.list(Field.HANDOVER_CARRIER_CREDIT_CODES)
                .size());
        return !handed.isEmpty() && handed.get(handed.size() - 1).isEmpty();
    }

    /**
     * R15: the waste arrives with the last carrier, with no handover pending, so a record whose last handover is
     * offered and not taken over has no arrival (nor, after it, a receipt).
     */
    static void requireNoneOfferedOnArrival(SourceRecord record) {
        if (record.has(Field.ARRIVED_AT) && pending(record)) {
            throw RecordRefused.of(Field.ARRIVED_AT, "R15", "refused.backflow.handover-pending",
                    Field.ARRIVED_AT.header(), Field.HANDED_OVER_AT.header());
        }
    }

    /** R15: only the last handover may wait to be taken over, and it has no vehicle of the next carrier yet. */
    private static void requirePendingLast(SourceRecord record, int index, int count, String plate) {
        if (index != count - 1) {
            throw RecordRefused.of(Field.HANDED_OVER_AT, "R15", "refused.backflow.handover-pending-not-last",
                    Field.HANDED_OVER_AT.header(), index + 1);
        }
        if (plate != null) {
            throw RecordRefused.of(Field.HANDOVER_PLATES, "R15", "refused.backflow.handover-pending-plate",
                    Field.HANDOVER_PLATES.header(), plate);
        }
    }

    private static void requireInOrder(Field field, Instant at, Instant previous, CheckContext context) {
        if (at.isBefore(previous)) {
            throw RecordRefused.of(field, "R25", "refused.backflow.step-before-previous", field.header(),
                    Field.PICKED_UP_AT.header());
        }
        if (context.inFuture(at)) {
            throw RecordRefused.of(field, "R25", "refused.backflow.in-future", field.header());
        }
    }

    /**
     * One time per handover (R15): a list as long as the carriers handed over to; an empty value (a handover not yet
     * taken over) is null, an empty offer time is refused.
     */
    private static List<Instant> instants(SourceRecord record, Field field, int count) {
        List<String> values = values(record, field, count);
        if (values.size() != count) {
            throw RecordRefused.of(field, "R15", "refused.backflow.handover-count", field.header(), count);
        }
        List<Instant> instants = new ArrayList<>();
        for (String value : values) {
            if (value.isEmpty() && field == Field.HANDED_OVER_AT) {
                instants.add(null);
                continue;
            }
            if (value.isEmpty()) {
                throw RecordRefused.of(field, "R15", "refused.backflow.missing", field.header());
            }
            try {
                instants.add(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException e) {
                throw RecordRefused.of(field, null, "refused.backflow.not-an-instant", value);
            }
        }
        return instants;
    }

    /** The field's values; an empty field is one empty value when there is a handover (one not yet taken over). */
    private static List<String> values(SourceRecord record, Field field, int count) {
        return !record.has(field) && count > 0 ? List.of("") : record.list(field);
    }
}
