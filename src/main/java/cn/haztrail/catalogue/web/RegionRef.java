package cn.haztrail.catalogue.web;

import cn.haztrail.catalogue.Region;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A region's code and name")
public record RegionRef(@Schema(example = "360200") String code, @Schema(example = "景德镇市") String name) {

    static RegionRef of(Region region) {
        return new RegionRef(region.code(), region.name());
    }
}
