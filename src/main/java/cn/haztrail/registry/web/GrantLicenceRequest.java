package cn.haztrail.registry.web;

import cn.haztrail.shared.web.PlausibleDate;
import cn.haztrail.registry.api.LicenceMode;
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

@Schema(description = "A hazardous-waste business licence (危险废物经营许可证) to grant")
record GrantLicenceRequest(
        @NotBlank @Size(max = 64) @Schema(example = "赣危废经字第360200001号") String number,
        @NotNull @Schema(example = "COMPREHENSIVE") LicenceMode mode,
        @NotNull @Valid LicenceTermsRequest scope,
        @NotEmpty @Schema(example = "[\"D10\", \"R9\"]") List<@NotBlank @Pattern(regexp = "[A-Z]{1,3}\\d{1,2}", message = "must be a method code like D10") String> methods,
        @NotNull @DecimalMin(value = "0.001") @DecimalMax("999999999999.999") @Digits(integer = 12, fraction = 3)
        @Schema(description = "Tonnes per licence year", example = "30000") BigDecimal annualCapacityTonnes,
        @NotNull @PlausibleDate @Schema(example = "2026-01-01") LocalDate validFrom,
        @NotNull @PlausibleDate @Schema(example = "2030-12-31") LocalDate validTo) {
}
