package cn.haztrail.backflow.format;

/** The kinds of record a backflow file holds, in the order a file should list them (a record names earlier ones). */
public enum RecordType {
    /** An enterprise named by later records: it must already be registered in HazTrail (matched by credit code). */
    ENTERPRISE,
    /** A batch of waste as its producer registered it (危险废物产生环节). */
    BATCH,
    /** A transfer manifest with every custody step it has reached, up to the receipt with its line decisions. */
    MANIFEST,
    /** A batch's utilization or disposal by its receiver. */
    DISPOSAL
}
