package cn.haztrail.oversight.integrity;

/** OK: every checked event verifies; BROKEN: at least one does not. */
public enum IntegrityStatus {
    OK, BROKEN
}
