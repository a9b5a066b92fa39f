package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordRefused;
import cn.haztrail.backflow.format.SourceRecord;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The custody steps a manifest record reaches, in order, each with the fields that belong to it. */
enum ManifestSteps {
    DRAFTED(Field.DRAFTED_AT),
    SUBMITTED(Field.SUBMITTED_AT, Field.MANIFEST_NUMBER),
    PICKED_UP(Field.PICKED_UP_AT),
    ARRIVED(Field.ARRIVED_AT),
    RECEIVED(Field.RECEIVED_AT, Field.LINE_DECISIONS, Field.LINE_ACCEPTED_TONNES, Field.LINE_METHODS,
            Field.LINE_ACCEPTED_UNITS, Field.LINE_WEIGHBRIDGE_TICKETS);

    private final Field time;
    private final List<Field> fields;

    ManifestSteps(Field time, Field... more) {
        this.time = time;
        this.fields = java.util.stream.Stream.concat(java.util.stream.Stream.of(time), java.util.Arrays.stream(more))
                .toList();
    }

    Field time() {
        return time;
    }

    /**
     * The last step the record reaches; refused when a step is given without the one before it or earlier than it
     * (R25: steps follow each other in business time).
     */
    static ManifestSteps reached(SourceRecord record) {
        ManifestSteps last = null;
        Instant previous = null;
        for (ManifestSteps step : values()) {
            Instant at = Values.instant(record, step.time);
            if (at == null) {
                for (ManifestSteps later : values()) {
                    if (later.ordinal() > step.ordinal() && record.has(later.time)) {
                        throw RecordRefused.of(later.time, "R25", "refused.backflow.step-without-previous",
                                later.time.header(), step.time.header());
                    }
                }
                break;
            }
            if (previous != null && at.isBefore(previous)) {
                throw RecordRefused.of(step.time, "R25", "refused.backflow.step-before-previous", step.time.header(),
                        values()[step.ordinal() - 1].time.header());
            }
            previous = at;
            last = step;
        }
        if (last == null) {
            throw RecordRefused.of(Field.DRAFTED_AT, "R25", "refused.backflow.missing", Field.DRAFTED_AT.header());
        }
        return last;
    }

    /** The fields of the steps after {@code from} up to {@code to}: new, not corrected, when a record reaches them. */
    static Set<Field> fieldsBetween(ManifestSteps from, ManifestSteps to) {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (ManifestSteps step : values()) {
            if (step.ordinal() > from.ordinal() && step.ordinal() <= to.ordinal()) {
                fields.addAll(step.fields);
            }
        }
        return fields;
    }
}
