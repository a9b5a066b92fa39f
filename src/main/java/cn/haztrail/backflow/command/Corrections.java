package cn.haztrail.backflow.command;

import cn.haztrail.backflow.api.SourceRecordCorrected;
import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.SourceRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The fields a record changed since it was imported, as a correction event (none if only steps were added). */
final class Corrections {

    private Corrections() {
    }

    static List<SourceRecordCorrected.CorrectedField> changes(SourceRecord before, SourceRecord after,
                                                             Set<Field> newlyReached) {
        List<SourceRecordCorrected.CorrectedField> changes = new ArrayList<>();
        for (Field field : Field.values()) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now) && !(old == null && newlyReached.contains(field))) {
                changes.add(new SourceRecordCorrected.CorrectedField(field.header(), old, now));
            }
        }
        return changes;
    }

    static PlannedEvent event(String aggregateType, UUID aggregateId, CheckContext context, SourceRecord after,
                              List<SourceRecordCorrected.CorrectedField> changes) {
        Instant now = context.now();
        return new PlannedEvent(aggregateType, aggregateId, new SourceRecordCorrected(aggregateId,
                context.sourceSystem(), after.get(Field.SOURCE_RECORD_ID), changes, now), now);
    }
}
