package cn.haztrail.oversight.custody;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The chain of custody of a batch or manifest as it stood at {@code asOf} (R24): every event, then the state. */
@Schema(description = "The chain of custody (产生-转移-运输-处置) of a batch or manifest")
public record CustodyChainView(
        @Schema(allowableValues = {"BATCH", "MANIFEST"}, example = "MANIFEST") String subjectType,
        UUID subjectId,
        @Schema(description = "The instant asked for; absent: everything recorded so far",
                example = "2026-11-25T08:00:00Z") Instant asOf,
        @Schema(description = "The streams read, in the order they were found") List<CustodyStream> streams,
        @Schema(description = "true if the walk stopped at its bound (50 streams, 5000 events): the chain is "
                + "incomplete") boolean truncated,
        @Schema(description = "Every event, by recording time, then stream, then sequence")
        List<CustodyEntryView> entries,
        CustodyStateView state) {

    @Schema(description = "A stream of the event store")
    public record CustodyStream(@Schema(example = "WasteBatch") String aggregateType, UUID aggregateId) {
    }
}
