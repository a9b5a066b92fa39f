package cn.haztrail.shared.time;

/**
 * An event of a step that may have been recorded late (R26): its late-entry reason, null when it was entered in time.
 * A plain interface of HazTrail's own, so events still import nothing from a framework.
 */
public interface LateEntered {

    LateEntryReason lateEntry();
}
