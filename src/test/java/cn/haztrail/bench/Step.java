package cn.haztrail.bench;

/** The business steps of one waste batch's life, each one request of a real caller. */
public enum Step {
    REGISTER, DRAFT, SUBMIT, PICKUP, ARRIVAL, RECEIPT, DISPOSAL
}
