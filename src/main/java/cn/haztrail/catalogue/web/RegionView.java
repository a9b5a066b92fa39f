package cn.haztrail.catalogue.web;

import cn.haztrail.catalogue.RegionLevel;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "An administrative division (行政区划) with the province and city it belongs to")
public record RegionView(
        @Schema(example = "360203") String code,
        @Schema(example = "珠山区") String name,
        @Schema(example = "COUNTY") RegionLevel level,
        @Schema(description = "code of the unit directly above; absent for a province", example = "360200")
        String parent,
        RegionRef province,
        @Schema(description = "the prefecture; the province itself for units directly under a province")
        RegionRef city) {
}
