package cn.haztrail.backflow.command;

/** What importing one record did. */
public enum RecordOutcome {
    /** New to HazTrail: its events are stored. */
    IMPORTED,
    /** Imported before with the same content: nothing stored. */
    UNCHANGED,
    /** Imported before with other content: steps it newly reaches and a correction event are stored. */
    CORRECTED,
    /** Not imported, with line, field and reason. */
    REFUSED
}
