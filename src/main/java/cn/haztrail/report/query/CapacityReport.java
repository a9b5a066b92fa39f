package cn.haztrail.report.query;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "Capacity against generation (R35): per region and waste category, what producers generated "
        + "against the licensed capacity of facilities able to take it")
public record CapacityReport(
        @Schema(example = "360500") String region,
        @Schema(example = "新余市") String regionName,
        @Schema(example = "2026") int year,
        @Schema(description = "One row per child region (the region itself when it has none) and category with "
                + "generation or capacity; regions in code order, categories in order") List<CapacityRow> rows,
        @ArraySchema(schema = @Schema(implementation = SpecialConcern.class))
        List<SpecialConcern> specialConcerns) {
}
