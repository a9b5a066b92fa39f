package cn.haztrail.shared.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** One bad input field of a refused request, in the {@code errors} list of a problem detail. */
@Schema(description = "A field of the request that was refused, and why")
public record FieldProblem(
        @Schema(example = "creditCode") String field,
        @Schema(example = "check character does not match (GB 32100-2015)") String reason,
        @Schema(example = "R01", nullable = true) String rule) {
}
