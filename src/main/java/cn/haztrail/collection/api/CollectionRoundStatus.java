package cn.haztrail.collection.api;

/** Where a collection round stands: stops are added while it is planned (R42). */
public enum CollectionRoundStatus {
    PLANNED, STARTED, COMPLETED
}
