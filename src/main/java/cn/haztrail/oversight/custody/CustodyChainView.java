package cn.haztrail.oversight.custody;

import cn.haztrail.oversight.integrity.IntegrityStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The chain of custody of a batch or manifest as it stood in the world at {@code asOf} and as the record said at
 * {@code knownAt} (R24): every event, then the state.
 */
@Schema(description = "The chain of custody (产生-转移-运输-处置) of a batch or manifest")
public record CustodyChainView(
        @Schema(allowableValues = {"BATCH", "MANIFEST"}, example = "MANIFEST") String subjectType,
        UUID subjectId,
        @Schema(description = "The business time asked for (where the waste was then); absent: no limit",
                example = "2026-11-25T08:00:00Z") Instant asOf,
        @Schema(description = "The recording time asked for (what the record said then); absent: no limit",
                example = "2026-11-26T08:00:00Z") Instant knownAt,
        @Schema(description = "The streams read, in the order they were found, each with its integrity check")
        List<CustodyStream> streams,
        @Schema(description = "OK if every stream read passes its integrity check (R23); BROKEN if one fails: that "
                + "stream's entries, and the state folded from them, may not be what was recorded")
        IntegrityStatus integrity,
        @Schema(description = "true if the walk stopped at its bound (50 streams, 5000 events, "
                + "10 repackings deep each way in a batch's lineage): the chain is incomplete") boolean truncated,
        @Schema(description = "Every event counted, as the world had them: by business time, then recording time, "
                + "then stream, then sequence; an event never comes before an earlier event of its own stream")
        List<CustodyEntryView> entries,
        CustodyStateView state,
        @Schema(description = "For a batch: its sources and where shares of it went (R39-R41), one step and "
                + "through every further split and consolidation, as counted by asOf and knownAt") CustodyLineageView lineage) {

    @Schema(description = "A stream of the event store")
    public record CustodyStream(@Schema(example = "WasteBatch") String aggregateType, UUID aggregateId,
                                StreamIntegrityView integrity) {
    }
}
