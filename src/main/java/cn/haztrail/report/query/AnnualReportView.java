package cn.haztrail.report.query;

import cn.haztrail.report.api.ReportFigures;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "A licence holder's annual report (经营情况年报, R33): the latest version as submitted, beside the "
        + "figures recomputed from today's events, with the figures that differ")
public record AnnualReportView(
        UUID reportId,
        UUID holderId,
        @Schema(example = "景德镇市危险废物综合处置中心") String holderName,
        @Schema(example = "360222") String holderRegion,
        @Schema(example = "2026") int year,
        @Schema(description = "NOT_SUBMITTED, SUBMITTED (awaiting the regulator), RETURNED (a new version is due) or "
                + "ACKNOWLEDGED", example = "SUBMITTED") String status,
        @Schema(description = "1 for the first submission, one more for each resubmission; 0 before the first",
                example = "1") int version,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(description = "31 March of the next year (R34)", example = "2027-03-31") LocalDate dueOn,
        @Schema(description = "Submitted after the due date (R34)", example = "false") boolean late,
        @Schema(description = "Not submitted, and the due date has passed (R34)", example = "false") boolean overdue,
        @Schema(nullable = true) Instant acknowledgedAt,
        @Schema(nullable = true) Instant returnedAt,
        @Schema(description = "The regulator's reasons for the last return") List<String> returnReasons,
        @Schema(description = "The figures as the holder submitted them; null before the first submission",
                nullable = true) ReportFigures submitted,
        @Schema(description = "The figures computed from the events as they stand now") ReportFigures recomputed,
        @Schema(description = "Figures whose submitted and recomputed values differ; empty when they agree or "
                + "nothing is submitted")
        List<FigureDifference> differences,
        @Schema(description = "Stream version, also sent as the ETag", example = "0") long streamVersion) {
}
