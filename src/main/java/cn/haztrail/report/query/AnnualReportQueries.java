package cn.haztrail.report.query;

import cn.haztrail.report.api.AnnualReportIds;
import cn.haztrail.report.api.ReportFigures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Answers the annual report endpoints; who may see which report is the controller's call. */
@Service
@Transactional(readOnly = true)
public class AnnualReportQueries {

    private final AnnualReportRepository reports;
    private final DraftReports drafts;
    private final JsonMapper json;

    AnnualReportQueries(AnnualReportRepository reports, DraftReports drafts, JsonMapper json) {
        this.reports = reports;
        this.drafts = drafts;
        this.json = json;
    }

    /**
     * The holder's report for the year as submitted, beside today's draft and the differences; before the first
     * submission, the draft alone (status NOT_SUBMITTED, overdue once {@code today} is past {@code dueOn}).
     */
    public AnnualReportView report(UUID holderId, String holderName, String holderRegion, int year, LocalDate dueOn,
                                   LocalDate today) {
        ReportFigures recomputed = drafts.draft(holderId, year);
        return reports.findById(AnnualReportIds.of(holderId, year)).map(record -> {
            ReportFigures submitted = json.readValue(record.figures(), ReportFigures.class);
            List<String> reasons = record.returnReasons() == null ? List.of()
                    : Arrays.asList(record.returnReasons().split("\n"));
            return new AnnualReportView(record.reportId(), record.holderId(), record.holderName(),
                    record.holderRegion(), record.year(), record.status(), record.version(), record.submittedAt(),
                    record.dueOn(), record.late(), false, record.acknowledgedAt(), record.returnedAt(), reasons,
                    submitted, recomputed, FigureDifferences.between(submitted, recomputed), record.streamVersion());
        }).orElseGet(() -> new AnnualReportView(AnnualReportIds.of(holderId, year), holderId, holderName,
                holderRegion, year, "NOT_SUBMITTED", 0, null, dueOn, false, today.isAfter(dueOn), null, null,
                List.of(), null, recomputed, List.of(), -1));
    }

    /** Where each holder's report for the year stands (SUBMITTED, RETURNED, ACKNOWLEDGED); absent: not submitted. */
    public Map<UUID, String> statuses(Collection<UUID> holderIds, int year) {
        return reports.findAllById(holderIds.stream().map(holder -> AnnualReportIds.of(holder, year)).toList())
                .stream().collect(Collectors.toMap(AnnualReportRecord::holderId, AnnualReportRecord::status));
    }

    /** Whether a version of the report has been submitted. */
    public boolean submitted(UUID holderId, int year) {
        return reports.existsById(AnnualReportIds.of(holderId, year));
    }
}
