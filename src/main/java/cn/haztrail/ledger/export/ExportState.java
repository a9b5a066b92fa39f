package cn.haztrail.ledger.export;

/** Where an export job stands. */
public enum ExportState {
    /** Lines are being written. */
    RUNNING,
    /** Every line is in the file, ready to download. */
    COMPLETED,
    /** The job stopped before the end (its node stopped, or writing failed); start another. */
    FAILED
}
