package cn.haztrail.manifest.web;

import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

@Schema(description = "The holding carrier offers the waste to the next one; the next one confirms with its vehicle")
public record HandoverRequest(@Schema(description = "Required from the carrier taking over", example = "赣H67890")
                       String vehiclePlate,
                       @NotNull @PlausibleDate @Schema(description = "When custody passed (business time, R25)",
                               example = "2026-11-25T12:00:00+08:00") Instant at,
                       @Schema(description = "Required when the step happened more than the late-entry window (1 working day) before "
                               + "it is recorded, e.g. a paper manifest entered afterwards (R26); never more than 10 working days")
                       LateEntryReason lateEntry) {
}
