package cn.haztrail.oversight.indicators;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "Plan indicators of a region and period, in total and per waste category")
public record IndicatorReport(
        @Schema(example = "360200") String region,
        @Schema(example = "景德镇市") String regionName,
        @Schema(example = "origin", allowableValues = {"origin", "facility"}) String view,
        @Schema(example = "2026-01-01") LocalDate from,
        @Schema(example = "2026-11-23") LocalDate to,
        IndicatorFigures totals,
        @Schema(description = "The same figures per waste category, by category code")
        List<CategoryIndicators> byCategory) {
}
