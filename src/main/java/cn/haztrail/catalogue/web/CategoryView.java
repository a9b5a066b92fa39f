package cn.haztrail.catalogue.web;

import cn.haztrail.catalogue.CatalogueCategory;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A waste category (废物类别) of one edition")
public record CategoryView(
        @Schema(example = "HW08") String category,
        @Schema(example = "废矿物油与含矿物油废物") String name,
        @Schema(example = "32") int entryCount) {

    static CategoryView of(CatalogueCategory category) {
        return new CategoryView(category.category().code(), category.name(), category.entryCount());
    }
}
