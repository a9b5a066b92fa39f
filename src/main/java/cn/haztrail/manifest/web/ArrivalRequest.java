package cn.haztrail.manifest.web;

import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

@Schema(description = "Arrival at the receiver, by the carrier holding the waste; the 5-working-day receipt clock starts")
record ArrivalRequest(@NotNull @PlausibleDate @Schema(example = "2026-11-25T15:40:00+08:00") Instant arrivedAt) {
}
