package cn.haztrail.oversight.custody;

import cn.haztrail.oversight.integrity.FailureReason;
import cn.haztrail.oversight.integrity.IntegrityStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * A stream's integrity check (R23) as a custody answer carries it: OK, or BROKEN with the first failure.
 *
 * @param reason   null when OK
 * @param sequence the failing (or missing) event's sequence number; null when OK
 * @param detail   null when OK
 */
@Schema(description = "The stream's hash-chain check (R23), made when the answer was served or at most "
        + "haztrail.integrity.custody-check-max-age before. BROKEN: the stream's stored events (or a snapshot of it) "
        + "are not what HazTrail recorded, so what this answer lists of the stream cannot be trusted.")
public record StreamIntegrityView(
        IntegrityStatus status,
        @Schema(nullable = true, example = "HASH_MISMATCH") FailureReason reason,
        @Schema(description = "The first failing (or missing) event's sequence number", nullable = true, example = "3")
        Long sequence,
        @Schema(nullable = true, example = "the stored hash is not the hash of the event as stored, chained to the "
                + "hash before it") String detail,
        @Schema(description = "When the check was made", example = "2026-11-26T08:00:00.120Z") Instant checkedAt) {

    public boolean ok() {
        return status == IntegrityStatus.OK;
    }
}
