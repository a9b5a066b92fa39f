package cn.haztrail.shared.axon.integrity;

/**
 * Whether a stored snapshot may stand for its aggregate's events (R23).
 *
 * @param detail why it may not; null when proven
 */
public record SnapshotVerdict(Outcome outcome, String detail) {

    public enum Outcome {
        /** Made by HazTrail with the current key after the event its stream still holds: it may be used. */
        PROVEN,
        /** Proven with another key (before a restart without a configured key, or by a node with another one). */
        OTHER_KEY,
        /** Not what HazTrail made after the stored event: forged or taken after an event that was changed. */
        MISMATCH
    }

    static final SnapshotVerdict PROVEN = new SnapshotVerdict(Outcome.PROVEN, null);
    static final SnapshotVerdict OTHER_KEY = new SnapshotVerdict(Outcome.OTHER_KEY, "proven with another key");

    static SnapshotVerdict mismatch(String detail) {
        return new SnapshotVerdict(Outcome.MISMATCH, detail);
    }

    public boolean proven() {
        return outcome == Outcome.PROVEN;
    }

    public boolean mismatch() {
        return outcome == Outcome.MISMATCH;
    }
}
