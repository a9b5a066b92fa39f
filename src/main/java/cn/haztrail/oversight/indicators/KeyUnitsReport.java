package cn.haztrail.oversight.indicators;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "The key supervised units of a region in a year, largest generators first")
public record KeyUnitsReport(
        @Schema(example = "360200") String region,
        @Schema(example = "2026") int year,
        @Schema(description = "The yearly quantity at one site from which a producer is a key unit",
                example = "100") BigDecimal thresholdTonnes,
        List<KeyUnit> units) {
}
