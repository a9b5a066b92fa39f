package cn.haztrail.manifest.web;

import cn.haztrail.manifest.api.ManifestKind;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "A manifest to draft: receiver, carriers in order, vehicle, planned date, batches")
record DraftManifestRequest(
        @Schema(description = "TRANSFER (default), or RETURN / REDIRECT for waste a receiver rejected",
                example = "TRANSFER") ManifestKind kind,
        @NotNull @Schema(example = "c1d0a6a4-3c8f-3d0b-9e4f-4f3b8d1f3a71") UUID receiverId,
        @NotEmpty @Size(max = 5) List<@NotNull UUID> carrierIds,
        @NotBlank @Pattern(regexp = "[\\u4e00-\\u9fa5][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}", message = "must be a Chinese plate like 赣H12345")
        @Schema(example = "赣H12345") String vehiclePlate,
        @NotNull @PlausibleDate @Schema(example = "2026-11-25") LocalDate plannedDate,
        @NotEmpty @Size(max = 50) List<@NotNull UUID> batchIds,
        @Pattern(regexp = "[A-Z]{1,3}\\d{1,2}", message = "must be a method code like D10")
        @Schema(description = "Intended utilization/disposal method", example = "D10") String plannedMethod,
        @Schema(description = "Cross-province transfer approval (R14)") UUID approvalId,
        @Size(max = 1000) @Schema(example = "泄漏时用吸附棉围堵，禁止明火，联系0798-8561234") String emergencyMeasures,
        @Schema(description = "For RETURN/REDIRECT: the manifest whose receiver rejected the waste")
        UUID previousManifestId,
        @PlausibleDate @Schema(description = "When the consignor drafted it (business time, R25: not before its "
                + "batches' generation); omitted: when recorded", example = "2026-11-24T09:00:00+08:00")
        Instant draftedAt,
        @Schema(description = "Required when the step happened more than the late-entry window (1 working day) before "
                + "it is recorded, e.g. a paper manifest entered afterwards (R26); never more than 10 working days")
        LateEntryReason lateEntry,
        @Size(max = 50) @Schema(description = "Lines sent under a point-to-point targeted-utilization exemption "
                + "(点对点定向利用豁免, R37), each a batch of this manifest and the exemption's id: the exemption must be in force when "
                + "drafted, for the caller as producer, this receiver as utilizer, the batch's waste code "
                + "and plannedMethod, with the lines' tonnes left. Such a line needs no licence line of the "
                + "receiver (R03 waived), does not count against its licensed capacity (R04) and is drawn "
                + "on the exemption at receipt. Omitted: every line needs the receiver's licence")
        List<@NotNull @Valid ExemptLineRequest> exemptLines) {

    @Schema(description = "A batch of the manifest and the exemption it is sent under (R37)")
    record ExemptLineRequest(@NotNull UUID batchId, @NotNull UUID exemptionId) {
    }
}
