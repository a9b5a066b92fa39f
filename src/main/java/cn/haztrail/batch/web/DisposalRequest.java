package cn.haztrail.batch.web;

import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.web.PlausibleDate;
import cn.haztrail.shared.web.QuantityRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

@Schema(description = "Utilization or disposal of a received batch (R19); the batch closes")
public record DisposalRequest(
        @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Z]{1,3}\\d{1,2}", message = "must be a method code like D10")
        @Schema(description = "利用/处置方式代码, a final method (not HTS1/HTC1)",
                example = "D10") String methodCode,
        @NotNull @Valid @Schema(description = "A mass, not above the accepted quantity") QuantityRequest quantity,
        @NotNull @PlausibleDate @Schema(description = "Not before receipt, not after today (Asia/Shanghai)", example = "2026-11-23")
        LocalDate disposedOn,
        @PlausibleDate @Schema(description = "The instant of disposal, on disposedOn in Asia/Shanghai (business time, "
                + "R25: not before receipt). Omitted: today's disposal happened when recorded, an earlier date's at "
                + "the last second of that day", example = "2026-11-23T14:00:00+08:00") Instant disposedAt,
        @Schema(description = "Required when the step happened more than the late-entry window (1 working day) before "
                + "it is recorded, e.g. a paper manifest entered afterwards (R26); never more than 10 working days")
        LateEntryReason lateEntry) {
}
