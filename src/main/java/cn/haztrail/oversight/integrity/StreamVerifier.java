package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.SealedHead;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks one stream (R23): sequence numbers 0, 1, 2... without a hole, every stored hash equal to the hash of its
 * event as stored chained to the stored hash before it, and, if a seal knew the stream, its last sealed head
 * still there with the sealed hash. Only the first failure counts: what follows an altered event cannot be trusted.
 */
final class StreamVerifier {

    private StreamVerifier() {
    }

    /**
     * @param events the stream's stored events in sequence order (empty if none is stored)
     * @param sealed the stream's last sealed head; null if no seal knew it
     */
    static Optional<IntegrityFailure> verify(String streamId, List<StoredEvent> events, SealedHead sealed) {
        String previousHash = null;
        long expected = 0;
        for (StoredEvent event : events) {
            if (event.sequenceNumber() != expected) {
                return Optional.of(IntegrityFailure.missing(streamId, expected, FailureReason.MISSING_EVENT,
                        "sequence " + expected + " is not stored; the next stored is " + event.sequenceNumber()));
            }
            String stored = event.storedHash();
            if (stored == null) {
                return Optional.of(IntegrityFailure.at(event, FailureReason.UNHASHED, "the event carries no hash"));
            }
            if (!stored.equals(event.expectedHash(previousHash))) {
                return Optional.of(IntegrityFailure.at(event, FailureReason.HASH_MISMATCH, "the stored hash is not "
                        + "the hash of the event as stored, chained to the hash before it"));
            }
            if (!event.unhashedMetaData().isEmpty()) {
                return Optional.of(IntegrityFailure.at(event, FailureReason.UNKNOWN_METADATA, "the stored metadata "
                        + "holds keys the hash does not cover: " + event.unhashedMetaData()));
            }
            previousHash = stored;
            expected++;
        }
        return sealed == null ? Optional.empty() : againstSeal(streamId, events, sealed);
    }

    private static Optional<IntegrityFailure> againstSeal(String streamId, List<StoredEvent> events,
                                                          SealedHead sealed) {
        if (events.isEmpty()) {
            return Optional.of(IntegrityFailure.missing(streamId, 0, FailureReason.STREAM_REMOVED,
                    "the last seal naming the stream recorded " + (sealed.sequence() + 1) + " events; none is stored"));
        }
        if (events.size() <= sealed.sequence()) {
            return Optional.of(IntegrityFailure.missing(streamId, events.size(), FailureReason.TAIL_DELETED,
                    "the last seal naming the stream recorded " + (sealed.sequence() + 1) + " events; " + events.size()
                            + " are stored"));
        }
        StoredEvent head = events.get((int) sealed.sequence());
        if (!Objects.equals(head.storedHash(), sealed.hash())) {
            return Optional.of(IntegrityFailure.at(head, FailureReason.SEALED_HEAD_MISMATCH,
                    "the event's hash differs from the one the last seal naming the stream recorded"));
        }
        return Optional.empty();
    }
}
