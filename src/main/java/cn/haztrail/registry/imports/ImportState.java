package cn.haztrail.registry.imports;

/** Where an import job stands. */
public enum ImportState {
    /** Rows are being imported. */
    RUNNING,
    /** Every row was imported or refused. */
    COMPLETED,
    /** The node running it stopped before the end; rows done stay done, and the file can be uploaded again. */
    INTERRUPTED
}
