package cn.haztrail.oversight.indicators;

/** Why an enterprise is a key supervised unit (重点监管单位, HJ 1259-2022 tiers in DOMAIN.md). */
public enum KeyUnitReason {
    /** Generated at least 100 t in the year at its site (one enterprise is one site here). */
    GENERATED_100_TONNES,
    /** Utilizes or disposes of waste itself: registered both as a producer and as a receiver. */
    OWN_FACILITY,
    /** Holds a hazardous-waste business licence valid on some day of the year and not revoked. */
    BUSINESS_LICENCE
}
