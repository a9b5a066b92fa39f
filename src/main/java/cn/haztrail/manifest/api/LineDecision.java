package cn.haztrail.manifest.api;

/** The receiver's decision on one line (R18). */
public enum LineDecision {
    ACCEPT, PARTIAL, REJECT
}
