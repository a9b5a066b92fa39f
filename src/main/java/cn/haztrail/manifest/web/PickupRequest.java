package cn.haztrail.manifest.web;

import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

@Schema(description = "Loading confirmed by the first carrier, with the labels it scanned (R13)")
public record PickupRequest(
        @NotBlank @Schema(example = "赣H12345") String vehiclePlate,
        @NotNull @Valid DriverRequest driver,
        @NotEmpty List<@NotNull @Pattern(regexp = "[0-9A-Z]{37}", message = "must be a 37-character label id")
                String> scannedLabelIds,
        @NotNull @PlausibleDate @Schema(description = "When the waste was loaded (business time, R25)",
                example = "2026-11-25T08:30:00+08:00") Instant pickedUpAt,
        @Schema(description = "Required when the step happened more than the late-entry window (1 working day) before "
                + "it is recorded, e.g. a paper manifest entered afterwards (R26); never more than 10 working days")
        LateEntryReason lateEntry) {

    @Schema(description = "The driver; kept outside the event history so that it can be erased")
    public record DriverRequest(@NotBlank @Size(max = 100) @Schema(example = "李师傅") String name,
                         @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "must be a phone number")
                         @Schema(example = "13807981234") String phone) {
    }
}
