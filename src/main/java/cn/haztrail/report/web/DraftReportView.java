package cn.haztrail.report.web;

import cn.haztrail.report.api.ReportFigures;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "The annual report a licence holder would submit now: figures computed from the events (R33)")
record DraftReportView(
        UUID holderId,
        @Schema(example = "景德镇市危险废物综合处置中心") String holderName,
        @Schema(example = "2026") int year,
        @Schema(description = "31 March of the next year (R34)", example = "2027-03-31") LocalDate dueOn,
        ReportFigures figures) {
}
