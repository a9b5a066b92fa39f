package cn.haztrail.enrolment.api;

/** Where an enrolment application stands: it waits for a decision, which is taken once. */
public enum EnrolmentState {
    PENDING, APPROVED, REFUSED
}
