package cn.haztrail.report.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "One region and waste category: what its producers generated in the year against the "
        + "licensed annual capacity of the facilities in the region whose licence lines cover the category (R35)")
public record CapacityRow(
        @Schema(example = "360502") String region,
        @Schema(example = "渝水区") String regionName,
        @Schema(example = "HW08") String category,
        @Schema(example = "废矿物油与含矿物油废物") String categoryName,
        @Schema(description = "ARSENIC, CHROMIUM or FLUORINE when the plans single the category out; else null",
                example = "ARSENIC", nullable = true) String specialConcern,
        @Schema(description = "Tonnes generated (declared) by producers in the region, batches generated in the year",
                example = "1250.000") BigDecimal generatedTonnes,
        @Schema(description = "Batches generated in the year declared as a volume: counted here, not in tonnes",
                example = "0") long batchesWithoutMass,
        @Schema(description = "Sum of the annual capacities stated on licence lines covering the category, each line "
                + "counted once", example = "3000.000") BigDecimal lineCapacityTonnes,
        @Schema(description = "Licence capacity not given to any line (the total less the lines' stated capacities) "
                + "of licences with lines covering the category without a capacity of their own. The same tonnes "
                + "appear under every category such a licence covers: an upper bound, not to be added across "
                + "categories", example = "2000.000") BigDecimal sharedCapacityTonnes,
        @Schema(description = "Generated tonnes above line plus shared capacity: the region cannot treat its own "
                + "waste of this category", example = "false") boolean shortfall) {
}
