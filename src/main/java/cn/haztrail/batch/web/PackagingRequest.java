package cn.haztrail.batch.web;

import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(description = "包装方式: the container type and how many containers")
record PackagingRequest(@NotNull @Schema(example = "DRUM") PackagingType type,
                        @NotNull @Schema(example = "4", description = "At least 1 (R06)") Integer count) {

    Packaging toPackaging() {
        return new Packaging(type, count);
    }
}
