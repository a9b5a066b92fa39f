package cn.haztrail.manifest.web;

import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

@Schema(description = "Why the manifest is cancelled")
record CancelRequest(@NotBlank @Size(max = 500) @Schema(example = "车辆故障，改期转移") String reason,
                     @PlausibleDate @Schema(description = "When it was cancelled (business time, R25); omitted: "
                             + "when recorded", example = "2026-11-24T16:00:00+08:00") Instant cancelledAt,
                     @Schema(description = "Required when the step happened more than the late-entry window (1 working day) before "
                             + "it is recorded, e.g. a paper manifest entered afterwards (R26); never more than 10 working days")
                     LateEntryReason lateEntry) {
}
