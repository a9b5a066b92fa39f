package cn.haztrail.registry.web;

import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "GrantLicenceRequest", description = "A hazardous-waste business licence (危险废物经营许可证) to grant, "
        + "line by line as issued, e.g. HW08 by R9; HW17 by D10 and D1; HW01 by D10; 5,000 t a year in total")
public record GrantLicenceRequest(
        @NotBlank @Size(max = 64) @Schema(example = "赣危废经字第360200001号") String number,
        @NotNull @Schema(example = "COMPREHENSIVE") LicenceMode mode,
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid LicenceLineRequest> lines,
        @NotNull @DecimalMin(value = "0.001") @DecimalMax("999999999999.999") @Digits(integer = 12, fraction = 3)
        @Schema(description = "Total tonnes per licence year, all lines together", example = "5000")
        BigDecimal annualCapacityTonnes,
        @NotNull @PlausibleDate @Schema(example = "2026-01-01") LocalDate validFrom,
        @NotNull @PlausibleDate @Schema(example = "2030-12-31") LocalDate validTo) {

    public List<LicenceLine> licenceLines() {
        return lines.stream().map(LicenceLineRequest::toLine).toList();
    }
}
