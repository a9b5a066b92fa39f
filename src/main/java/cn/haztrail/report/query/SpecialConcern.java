package cn.haztrail.report.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "A waste the plans single out for capacity (R35), and how HazTrail finds it in the data")
public record SpecialConcern(
        @Schema(example = "ARSENIC") String concern,
        @Schema(example = "含砷") String labelZh,
        @Schema(description = "Categories of the national list that carry it; empty when not derivable",
                example = "[\"HW24\"]") List<String> categories,
        @Schema(description = "Whether the figures can show it", example = "true") boolean derivable,
        @Schema(example = "HW24 含砷废物") String basis) {
}
