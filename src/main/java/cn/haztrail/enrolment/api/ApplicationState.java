package cn.haztrail.enrolment.api;

/** Where an enrolment application stands: it waits for a decision, which is taken once. */
public enum ApplicationState {
    PENDING, APPROVED, REFUSED
}
