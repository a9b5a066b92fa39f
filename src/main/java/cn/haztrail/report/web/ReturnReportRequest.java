package cn.haztrail.report.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(description = "The regulator returns the version it reviewed, saying what is to be corrected")
record ReturnReportRequest(
        @NotNull @Min(1) @Schema(description = "The version reviewed; another version is refused (409)", example = "1")
        Integer version,
        @NotEmpty @Size(max = 20) @Schema(example = "[\"HW08 利用量与联单不符，请核对R9利用记录\"]")
        List<@NotBlank @Size(max = 500) String> reasons) {
}
