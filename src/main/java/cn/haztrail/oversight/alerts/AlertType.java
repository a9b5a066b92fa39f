package cn.haztrail.oversight.alerts;

/**
 * What a regulator is alerted to, with the rule of the rules reference (api-docs/rules.md) it watches. A long
 * transit breaks no numbered rule: it is HazTrail's own watch on waste that is on the road too long, so it has none.
 */
public enum AlertType {
    /** R16: receipt not confirmed within 5 working days of arrival. */
    RECEIPT_OVERDUE("R16"),
    /** Picked up and not arrived within {@code haztrail.oversight.transit-limit}. */
    LONG_TRANSIT(null),
    /** R09: a batch still at its producer past its storage limit. */
    STORAGE_OVERDUE("R09"),
    /** R17: what arrived differs from a manifest line. */
    DISCREPANCY("R17"),
    /** R13: the carrier refused loading because the labels did not match. */
    LOADING_REFUSED("R13"),
    /** R03, R04, R05: a step was refused for the receiver's licence; the alert carries the rule actually broken. */
    RECEIVER_REFUSED(null),
    /** R14: an approval has drawn 80 % or more of its quantity cap. */
    APPROVAL_NEAR_CAP("R14"),
    /** R14: an approval's validity ends within {@code haztrail.oversight.approval-expiry-warning}. */
    APPROVAL_NEAR_EXPIRY("R14"),
    /**
     * R26: a step was entered late, with its reason. It stood from the step's business time until it was recorded,
     * the time the record was incomplete, and is closed at once: a late entry is a fact to review, with no cause
     * that could later resolve.
     */
    LATE_ENTRY("R26"),
    /** R31: a producer generated more of a waste code in a year than its recorded management plan allows. */
    PLAN_EXCEEDED("R31"),
    /** R32: a transfer goes to a receiver, or by a method, the producer's recorded management plan does not name. */
    PLAN_UNLISTED_RECEIVER("R32"),
    /** R38: a targeted-utilization exemption has drawn the configured share (default 90 %) of its cap or more. */
    EXEMPTION_NEAR_CAP("R38"),
    /** R38: a targeted-utilization exemption's validity ends within {@code haztrail.exemptions.end-warning}. */
    EXEMPTION_NEAR_END("R38"),
    /**
     * R46: a collection round would break a medical stop's 48 hours: the manifest still waits for the round while its
     * limit is within {@code haztrail.collection-rounds.medical-warning}, or the round had not set out by the end of
     * its planned day.
     */
    ROUND_MEDICAL_LIMIT("R46");

    private final String rule;

    AlertType(String rule) {
        this.rule = rule;
    }

    /** The rule the type watches, or null when the alert names its own (RECEIVER_REFUSED) or none (LONG_TRANSIT). */
    public String rule() {
        return rule;
    }
}
