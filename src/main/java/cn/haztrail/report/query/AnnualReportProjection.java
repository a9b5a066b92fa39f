package cn.haztrail.report.query;

import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.report.api.AnnualReportAcknowledged;
import cn.haztrail.report.api.AnnualReportReturned;
import cn.haztrail.report.api.AnnualReportSubmitted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Annual reports as holders and regulators read them. Subscribing: updated in the command's own transaction, so the
 * answer to a submission already shows it. The holder's name and region come from the registry's view, which is
 * subscribing too.
 */
@Component
@ProcessingGroup(AnnualReportProjection.GROUP)
class AnnualReportProjection {

    static final String GROUP = "annual-report-view";

    private final AnnualReportRepository reports;
    private final EnterpriseQueries enterprises;
    private final JsonMapper json;

    AnnualReportProjection(AnnualReportRepository reports, EnterpriseQueries enterprises, JsonMapper json) {
        this.reports = reports;
        this.enterprises = enterprises;
        this.json = json;
    }

    @EventHandler
    void on(AnnualReportSubmitted event, @SequenceNumber long version) {
        AnnualReportRecord report = reports.findById(event.reportId()).orElseGet(() -> {
            EnterpriseProfile holder = enterprises.profile(event.holderId(), false).orElseThrow(() ->
                    new IllegalStateException("annual report of unregistered enterprise " + event.holderId()));
            return new AnnualReportRecord(event.reportId(), event.holderId(), holder.name(), holder.regionCode(),
                    event.year());
        });
        report.submitted(event.version(), json.writeValueAsString(event.figures()), event.submittedAt(),
                event.dueOn(), event.late(), version);
        reports.save(report);
    }

    @EventHandler
    void on(AnnualReportAcknowledged event, @SequenceNumber long version) {
        reports.findById(event.reportId()).ifPresent(report -> report.acknowledged(event.acknowledgedAt(), version));
    }

    @EventHandler
    void on(AnnualReportReturned event, @SequenceNumber long version) {
        reports.findById(event.reportId()).ifPresent(report ->
                report.returned(String.join("\n", event.reasons()), event.returnedAt(), version));
    }
}
