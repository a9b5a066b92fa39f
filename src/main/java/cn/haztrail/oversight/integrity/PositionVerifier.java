package cn.haztrail.oversight.integrity;

import cn.haztrail.shared.axon.integrity.IssuedPositions;

import java.util.List;
import java.util.Optional;

/**
 * Checks the global positions of one stream (R23), which the hash chain does not cover (they are issued by the
 * database as the row is inserted): each above the one before it in the stream, none beyond what the store's
 * sequence has issued. A position set by hand to a high value would otherwise move every streaming processor past
 * the events appended after it. Only the first failure counts, as in {@link StreamVerifier}.
 */
final class PositionVerifier {

    private final IssuedPositions issued;
    /** The highest issued position known; read again only when a row lies beyond it (a row appended meanwhile). */
    private long highestKnown;

    private PositionVerifier(IssuedPositions issued) {
        this.issued = issued;
        this.highestKnown = issued.highest();
    }

    /** One verifier per check: the sequence is read once at the start, and again only for a row beyond it. */
    static PositionVerifier reading(IssuedPositions issued) {
        return new PositionVerifier(issued);
    }

    /** @param events the stream's stored events in sequence order */
    Optional<IntegrityFailure> verify(List<StoredEvent> events) {
        StoredEvent previous = null;
        for (StoredEvent event : events) {
            if (beyondSequence(event.globalIndex())) {
                return Optional.of(IntegrityFailure.at(event, FailureReason.GLOBAL_INDEX_BEYOND_SEQUENCE,
                        "global position " + event.globalIndex() + " lies beyond " + highestKnown
                                + ", the highest the event store's sequence has issued"));
            }
            if (previous != null && event.globalIndex() <= previous.globalIndex()) {
                return Optional.of(IntegrityFailure.at(event, FailureReason.GLOBAL_INDEX_OUT_OF_ORDER,
                        "global position " + event.globalIndex() + " is not above " + previous.globalIndex()
                                + ", the position of sequence " + previous.sequenceNumber()));
            }
            previous = event;
        }
        return Optional.empty();
    }

    /** Read after the row, the sequence covers every position an append gave out before it. */
    private boolean beyondSequence(long position) {
        if (position <= highestKnown) {
            return false;
        }
        highestKnown = issued.highest();
        return position > highestKnown;
    }
}
