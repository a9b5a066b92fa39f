package cn.haztrail.plan.api;

/** Where the plan's latest version stands with the regulator (R30). */
public enum PlanStatus {
    /** Filed (or amended) and waiting for the regulator. */
    FILED,
    /** The regulator recorded this version with a filing number (备案). */
    RECORDED,
    /** The regulator returned this version with reasons (退回); an amendment files it again. */
    RETURNED
}
