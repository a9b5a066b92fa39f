package cn.haztrail.exemption.query;

/** What an entry of an exemption's draws records. */
public enum ExemptionDrawKind {
    /** A receipt's quantity counted against the cap. */
    DRAWN,
    /** A confirmed receipt beyond the cap without a hold: the tonnes over. */
    OVERRUN,
    /** A draw the exemption refused (cap exhausted, outside its window, revoked). */
    REFUSED
}
