package cn.haztrail.backflow.command;

/** Where a backflow job stands. */
public enum JobState {
    /** Records are being imported (or wait to be resumed after a restart). */
    RUNNING,
    /** Every record was imported, found unchanged, corrected or refused. */
    COMPLETED
}
