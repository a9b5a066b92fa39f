package cn.haztrail.shared.time;

/**
 * Why a step is recorded more than the late-entry window after it happened (R26). Each names a situation in which the
 * 2021 transfer rules let the record follow the fact; none is a free-text excuse, so a regulator can count them.
 */
public enum LateEntryReason {
    /** A paper manifest was used while the electronic system was unavailable, and is now entered (补录). */
    PAPER_BACKFILL,
    /** HazTrail or the party's own system was down when the step happened; it is entered from the party's notes. */
    SYSTEM_OUTAGE,
    /** The device at the site (a carrier's handheld, say) had no network; its record is uploaded afterwards. */
    DEVICE_OFFLINE
}
