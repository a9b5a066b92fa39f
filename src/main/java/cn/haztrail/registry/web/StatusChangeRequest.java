package cn.haztrail.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "Why a licence is suspended, reinstated or revoked")
record StatusChangeRequest(@NotBlank @Size(max = 500) @Schema(example = "环保督查发现超范围经营，责令停业整顿") String reason) {
}
