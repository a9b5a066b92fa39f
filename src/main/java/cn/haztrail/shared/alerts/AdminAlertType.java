package cn.haztrail.shared.alerts;

/** What administrators are alerted to, with the rule of RULES.md whose keeping needs their action. */
public enum AdminAlertType {
    /** R16: a year starts within 60 days (or has started) without a holiday calendar; deadlines count weekends only. */
    CALENDAR_MISSING("R16"),
    /**
     * R23: a snapshot did not match the hash chain (edited in the database, or moved onto another event); it was not
     * used, and the aggregate was rebuilt from its events.
     */
    SNAPSHOT_MISMATCH("R23");

    private final String rule;

    AdminAlertType(String rule) {
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
