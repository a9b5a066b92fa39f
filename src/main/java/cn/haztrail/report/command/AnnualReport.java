package cn.haztrail.report.command;

import cn.haztrail.report.api.AcknowledgeAnnualReport;
import cn.haztrail.report.api.AnnualReportAcknowledged;
import cn.haztrail.report.api.AnnualReportReturned;
import cn.haztrail.report.api.AnnualReportSubmitted;
import cn.haztrail.report.api.ReturnAnnualReport;
import cn.haztrail.report.api.SubmitAnnualReport;
import cn.haztrail.shared.axon.TransactionScopedLockFactory;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A licence holder's annual report for one year (经营情况年报, R33, R34): submitted with the figures as the holder saw
 * them, then acknowledged by the regulator of the holder's jurisdiction, or returned with reasons and submitted again
 * as a new version. Who may act is checked at the edge (membership, jurisdiction); the report checks the order.
 */
@Aggregate(lockFactory = TransactionScopedLockFactory.BEAN)
public class AnnualReport {

    @AggregateIdentifier
    private UUID reportId;
    private UUID holderId;
    private int year;
    private int version;
    private ReportStatus status;

    protected AnnualReport() {
    }

    /** R33, R34: the first submission opens the report; a returned one is submitted again as the next version. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SubmitAnnualReport command, ReportDueDates dueDates) {
        if (command.figures() == null) {
            throw CommandRefused.ruleViolated("R33", "figures", Translatable.of("refused.report.no-figures"));
        }
        if (!dueDates.yearIsOver(command.year(), command.submittedAt())) {
            throw CommandRefused.ruleViolated("R34", "year",
                    Translatable.of("refused.report.year-not-over", command.year()));
        }
        if (status == ReportStatus.SUBMITTED) {
            throw CommandRefused.conflict("R33", "year",
                    Translatable.of("refused.report.awaiting-regulator", command.year(), version));
        }
        if (status == ReportStatus.ACKNOWLEDGED) {
            throw CommandRefused.conflict("R33", "year",
                    Translatable.of("refused.report.already-acknowledged", command.year(), version));
        }
        apply(new AnnualReportSubmitted(command.reportId(), command.holderId(), command.year(), version + 1,
                command.figures(), command.submittedAt(), dueDates.dueOn(command.year()),
                dueDates.isLate(command.year(), command.submittedAt())));
    }

    /** R33: only the version awaiting the regulator is acknowledged. */
    @CommandHandler
    public void handle(AcknowledgeAnnualReport command) {
        requireAwaiting(command.version());
        apply(new AnnualReportAcknowledged(reportId, holderId, year, version, command.acknowledgedAt()));
    }

    /** R33: a return says why, so the holder knows what to correct. */
    @CommandHandler
    public void handle(ReturnAnnualReport command) {
        List<String> reasons = command.reasons() == null ? List.of() : command.reasons().stream()
                .filter(reason -> reason != null && !reason.isBlank()).map(String::strip).toList();
        if (reasons.isEmpty()) {
            throw CommandRefused.ruleViolated("R33", "reasons", Translatable.of("refused.report.no-reasons"));
        }
        requireAwaiting(command.version());
        apply(new AnnualReportReturned(reportId, holderId, year, version, reasons, command.returnedAt()));
    }

    private void requireAwaiting(int asked) {
        if (status != ReportStatus.SUBMITTED) {
            throw CommandRefused.conflict("R33", "version", Translatable.of(status == null
                    ? "refused.report.not-submitted" : "refused.report.not-awaiting", year, version));
        }
        if (asked != version) {
            throw CommandRefused.conflict("R33", "version",
                    Translatable.of("refused.report.other-version", asked, version));
        }
    }

    @EventSourcingHandler
    void on(AnnualReportSubmitted event) {
        reportId = event.reportId();
        holderId = event.holderId();
        year = event.year();
        version = event.version();
        status = ReportStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(AnnualReportAcknowledged event) {
        status = ReportStatus.ACKNOWLEDGED;
    }

    @EventSourcingHandler
    void on(AnnualReportReturned event) {
        status = ReportStatus.RETURNED;
    }
}
