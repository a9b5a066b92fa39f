package cn.haztrail.oversight.integrity;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The first event of a stream that fails its check, and why.
 *
 * @param globalIndex null when the event is not stored (a missing event, a deleted tail, a removed stream)
 * @param eventId     null likewise
 */
@Schema(description = "The first event that fails, and why")
public record IntegrityFailure(
        @Schema(example = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d") String streamId,
        @Schema(description = "The failing (or missing) event's sequence number in its stream", example = "3")
        long sequence,
        @Schema(example = "1042") Long globalIndex,
        String eventId,
        FailureReason reason,
        @Schema(example = "the stored hash is not the hash of the event as stored") String detail) {

    static IntegrityFailure at(StoredEvent event, FailureReason reason, String detail) {
        return new IntegrityFailure(event.aggregateIdentifier(), event.sequenceNumber(), event.globalIndex(),
                event.eventIdentifier(), reason, detail);
    }

    static IntegrityFailure missing(String streamId, long sequence, FailureReason reason, String detail) {
        return new IntegrityFailure(streamId, sequence, null, null, reason, detail);
    }
}
