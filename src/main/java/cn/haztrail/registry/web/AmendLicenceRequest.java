package cn.haztrail.registry.web;

import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "The complete new terms of a licence; number and mode do not change")
record AmendLicenceRequest(
        @NotNull @Valid LicenceTermsRequest scope,
        @NotEmpty @Schema(example = "[\"D10\", \"R9\", \"C1\"]") List<@NotBlank @Pattern(regexp = "[A-Z]{1,3}\\d{1,2}", message = "must be a method code like D10") String> methods,
        @NotNull @DecimalMin(value = "0.001") @DecimalMax("999999999999.999") @Digits(integer = 12, fraction = 3)
        @Schema(example = "45000") BigDecimal annualCapacityTonnes,
        @NotNull @PlausibleDate @Schema(example = "2030-12-31") LocalDate validTo,
        @NotBlank @Size(max = 500) @Schema(example = "扩建焚烧线，产能核增") String reason) {
}
