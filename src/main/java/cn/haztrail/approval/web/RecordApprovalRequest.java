package cn.haztrail.approval.web;

import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "A cross-province transfer approval (跨省转移审批) granted by the province of origin")
record RecordApprovalRequest(
        @NotBlank @Size(max = 64) @Schema(description = "The approval document's number", example = "赣环固审〔2026〕18号")
        String number,
        @NotNull @Schema(description = "The consignor (移出人), in the granting province",
                example = "538fd8a0-259c-36ba-86a8-b09e6c110c02") UUID consignorId,
        @NotNull @Schema(description = "The receiver (接受人), in another province",
                example = "7196e4a4-fc4c-3250-b037-02618d373ba5") UUID receiverId,
        @NotEmpty @Size(max = 50) @Schema(example = "[\"900-249-08\"]")
        List<@NotNull @Pattern(regexp = "\\d{3}-\\d{3}-\\d{2}", message = "must be a waste code like 900-249-08") String> wasteCodes,
        @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Z]{1,3}\\d{1,2}", message = "must be a method code like D10")
        @Schema(description = "Utilization/disposal method code", example = "R9")
        String methodCode,
        @NotNull @DecimalMin(value = "0.001") @DecimalMax("999999999999.999") @Digits(integer = 12, fraction = 3)
        @Schema(description = "Tonnes allowed in all", example = "500") BigDecimal quantityCapTonnes,
        @NotNull @PlausibleDate @Schema(example = "2026-03-01") LocalDate validFrom,
        @NotNull @PlausibleDate @Schema(description = "At most 12 months after validFrom, and within the receiver's licence",
                example = "2027-02-28") LocalDate validTo,
        @PlausibleDate @Schema(description = "When the province granted it (business time, R25: not in the future); "
                + "omitted: when recorded. Entering an approval after it was issued is its normal course: no "
                + "late-entry reason (R26) is asked", example = "2026-02-26T09:00:00+08:00") Instant approvedAt) {
}
