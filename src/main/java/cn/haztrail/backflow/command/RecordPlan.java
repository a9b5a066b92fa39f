package cn.haztrail.backflow.command;

import java.util.List;

/** What one accepted record will store: its outcome and its events, in stream order. */
record RecordPlan(RecordOutcome outcome, List<PlannedEvent> events) {

    static RecordPlan unchanged() {
        return new RecordPlan(RecordOutcome.UNCHANGED, List.of());
    }
}
