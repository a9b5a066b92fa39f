package cn.haztrail.exemption.web;

import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A point-to-point targeted-utilization exemption (点对点定向利用豁免, R36) granted by the "
        + "producer's regulator")
record RecordExemptionRequest(
        @NotNull @Schema(description = "The producer (产生单位), in the caller's jurisdiction",
                example = "538fd8a0-259c-36ba-86a8-b09e6c110c02") UUID producerId,
        @NotNull @Schema(description = "The utilizer (利用单位), a registered receiver; its business licence need "
                + "not cover the code (R03 waived, R37)", example = "7196e4a4-fc4c-3250-b037-02618d373ba5")
        UUID utilizerId,
        @NotBlank @Pattern(regexp = "\\d{3}-\\d{3}-\\d{2}", message = "must be a waste code like 900-249-08")
        @Schema(description = "A code of the current catalogue", example = "900-249-08") String wasteCode,
        @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Z]{1,3}\\d{1,2}", message = "must be a method code like R9")
        @Schema(description = "A utilization method (R-code) of the method catalogue", example = "R9")
        String methodCode,
        @NotNull @DecimalMin(value = "0.001") @DecimalMax("999999999999.999") @Digits(integer = 12, fraction = 3)
        @Schema(description = "Tonnes allowed in all (R36: above zero)", example = "100") BigDecimal quantityCapTonnes,
        @NotNull @PlausibleDate @Schema(example = "2026-03-01") LocalDate validFrom,
        @NotNull @PlausibleDate @Schema(description = "The last valid day, not before validFrom (R36)",
                example = "2027-02-28") LocalDate validTo,
        @PlausibleDate @Schema(description = "When the regulator granted it (business time, R25: not in the "
                + "future); omitted: when recorded", example = "2026-02-26T09:00:00+08:00") Instant grantedAt) {
}
