package cn.haztrail.manifest.api;

/** The receipt as a whole: every line accepted, some refused or reduced, or all refused. */
public enum ReceiptOutcome {
    ACCEPTED, PARTIALLY_ACCEPTED, REJECTED
}
