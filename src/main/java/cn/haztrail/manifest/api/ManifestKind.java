package cn.haztrail.manifest.api;

/** Why the waste moves: to be treated, back to its consignor after a rejection, or on to another receiver. */
public enum ManifestKind {
    /** The ordinary transfer from a consignor to a licensed receiver. */
    TRANSFER,
    /** Rejected waste going back to the original consignor (R18). */
    RETURN,
    /** Rejected waste going on to an alternate licensed receiver (R18). */
    REDIRECT
}
