package cn.haztrail.manifest.web;

import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

@Schema(description = "Arrival at the receiver, by the carrier holding the waste; the 5-working-day receipt clock starts")
public record ArrivalRequest(@NotNull @PlausibleDate @Schema(description = "When the waste arrived (business time, R25)",
        example = "2026-11-25T15:40:00+08:00") Instant arrivedAt,
        @Schema(description = "Required when the step happened more than the late-entry window (1 working day) before "
                + "it is recorded, e.g. a paper manifest entered afterwards (R26); never more than 10 working days")
        LateEntryReason lateEntry) {
}
