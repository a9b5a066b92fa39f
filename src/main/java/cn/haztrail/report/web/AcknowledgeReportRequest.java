package cn.haztrail.report.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

@Schema(description = "The regulator acknowledges the version it reviewed")
record AcknowledgeReportRequest(
        @NotNull @Min(1) @Schema(description = "The version reviewed; another version is refused (409)", example = "1")
        Integer version) {
}
