package cn.haztrail.catalogue.web;

import cn.haztrail.catalogue.MethodCode;
import cn.haztrail.catalogue.MethodKind;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A utilization/disposal method code (利用/处置方式代码)")
public record MethodView(
        @Schema(example = "D10") String code,
        @Schema(example = "焚烧") String nameZh,
        @Schema(example = "Incineration") String nameEn,
        @Schema(example = "INCINERATION") MethodKind kind,
        @Schema(example = "焚烧") String kindZh,
        @Schema(description = "false for storage/collection: the waste is still in stock", example = "true")
        boolean finalTreatment,
        @Schema(description = "'public' (public table) or 'haztrail' (HazTrail's own storage/collection codes)",
                example = "public") String definedBy) {

    static MethodView of(MethodCode method) {
        return new MethodView(method.code(), method.nameZh(), method.nameEn(), method.kind(),
                method.kind().labelZh(), method.kind().isFinal(), method.definedBy());
    }
}
