package cn.haztrail.oversight.integrity;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer of an integrity check (R23).
 *
 * @param seal         the latest seal the check compared against; null before the first seal
 * @param firstFailure null when OK
 */
@Schema(description = "The result of verifying hash chains (R23)")
public record IntegrityReport(
        IntegrityStatus status,
        @Schema(example = "214") long streamsChecked,
        @Schema(example = "1042") long eventsChecked,
        @Schema(description = "How many streams fail their check", example = "0") long brokenStreams,
        SealView seal,
        IntegrityFailure firstFailure) {

    static IntegrityReport of(long streams, long events, long broken, SealView seal, IntegrityFailure first) {
        return new IntegrityReport(first == null ? IntegrityStatus.OK : IntegrityStatus.BROKEN, streams, events,
                broken, seal, first);
    }
}
