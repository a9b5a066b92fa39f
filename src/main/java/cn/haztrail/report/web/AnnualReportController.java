package cn.haztrail.report.web;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.report.api.AcknowledgeAnnualReport;
import cn.haztrail.report.api.AnnualReportIds;
import cn.haztrail.report.api.ReturnAnnualReport;
import cn.haztrail.report.api.SubmitAnnualReport;
import cn.haztrail.report.command.ReportDueDates;
import cn.haztrail.report.query.AnnualReportQueries;
import cn.haztrail.report.query.AnnualReportView;
import cn.haztrail.report.query.DraftReports;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.time.StepTimes;
import cn.haztrail.shared.web.StreamVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/annual-reports/{holderId}/{year}")
@Tag(name = "Annual reports", description = "The licence holder's annual report (经营情况年报, R33, R34): figures "
        + "derived from events, submitted by the holder, acknowledged or returned by the regulator")
class AnnualReportController {

    private static final String YEAR = "The calendar year reported on";

    private final CommandGateway commands;
    private final DraftReports drafts;
    private final AnnualReportQueries queries;
    private final EnterpriseQueries enterprises;
    private final RegionDirectory regions;
    private final ReportDueDates dueDates;
    private final CurrentCaller currentCaller;
    private final StepTimes times;
    private final ZoneId zone;

    AnnualReportController(CommandGateway commands, DraftReports drafts, AnnualReportQueries queries,
                           EnterpriseQueries enterprises, RegionDirectory regions, ReportDueDates dueDates,
                           CurrentCaller currentCaller, StepTimes times, ZoneProperties zone) {
        this.commands = commands;
        this.drafts = drafts;
        this.queries = queries;
        this.enterprises = enterprises;
        this.regions = regions;
        this.dueDates = dueDates;
        this.currentCaller = currentCaller;
        this.times = times;
        this.zone = zone.zone();
    }

    @GetMapping("/draft")
    @Operation(operationId = "getAnnualReportDraft",
            summary = "The annual report as it would be submitted now, computed from events (R33)",
            description = """
                    The holder's members, the regulators whose jurisdiction contains the holder, administrators; \
                    anyone else gets 404. Figures of the calendar year (Asia/Shanghai days): accepted tonnes per \
                    category and method stated at receipt; stock at the start and end of the year (received, not yet \
                    utilized or disposed of); tonnes utilized (R methods and the like) and disposed of (D, C, Y \
                    methods) per category and method; accepted tonnes counted against each licence and licence \
                    line's annual capacity as R04 counts them. A year not yet over gives the figures so far.""")
    DraftReportView draft(@PathVariable UUID holderId,
                          @Parameter(description = YEAR) @PathVariable @Min(2000) @Max(2999) int year) {
        EnterpriseProfile holder = visibleHolder(currentCaller.get(), holderId);
        return new DraftReportView(holderId, holder.name(), year, dueDates.dueOn(year), drafts.draft(holderId, year));
    }

    @PostMapping("/submission")
    @Operation(operationId = "submitAnnualReport",
            summary = "Submit the annual report: the draft computed now is what is submitted (R33, R34)",
            description = """
                    The holder's members (not viewers). Nothing is typed in: the figures are computed from events \
                    at this moment and frozen in the submission. Only once the year is over; due by 31 March of the \
                    next year, later is accepted and recorded as late (R34). A returned report is submitted again as \
                    the next version; one awaiting the regulator or acknowledged is refused (409). The holder must \
                    hold a licence valid on some day of the year.""")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AnnualReportView> submit(@PathVariable UUID holderId,
                                            @Parameter(description = YEAR) @PathVariable @Min(2000) @Max(2999) int year) {
        Caller caller = currentCaller.get();
        EnterpriseProfile holder = visibleHolder(caller, holderId);
        if (!caller.actsFor(holderId)) {
            throw new AccessDeniedException("Only the holder submits its annual report");
        }
        boolean licensed = holder.licences().stream().anyMatch(l -> !l.validFrom().isAfter(LocalDate.of(year, 12, 31))
                && !l.validTo().isBefore(LocalDate.of(year, 1, 1)));
        if (!licensed) {
            throw CommandRefused.ruleViolated("R33", "holderId",
                    Translatable.of("refused.report.no-licence-in-year", year));
        }
        UUID reportId = AnnualReportIds.of(holderId, year);
        commands.sendAndWait(new SubmitAnnualReport(reportId, holderId, year, drafts.draft(holderId, year),
                times.now()));
        AnnualReportView report = view(holder, year);
        return StreamVersions.created(URI.create("/api/v1/annual-reports/" + holderId + "/" + year), report,
                report.streamVersion());
    }

    @GetMapping
    @Operation(operationId = "getAnnualReport",
            summary = "The annual report as submitted, beside today's recomputed figures, differences flagged",
            description = """
                    As the draft, for the same callers. The latest version as submitted (figures frozen then), \
                    the figures recomputed from today's events, and each figure that differs (events recorded \
                    after the submission: late entries, corrections). Before the first submission: status \
                    NOT_SUBMITTED, the draft only, and overdue once 31 March of the next year has passed (R34).""")
    ResponseEntity<AnnualReportView> get(@PathVariable UUID holderId,
                                         @Parameter(description = YEAR) @PathVariable @Min(2000) @Max(2999) int year) {
        AnnualReportView report = view(visibleHolder(currentCaller.get(), holderId), year);
        return report.version() == 0 ? ResponseEntity.ok(report) : StreamVersions.ok(report, report.streamVersion());
    }

    @PostMapping("/acknowledgement")
    @Operation(operationId = "acknowledgeAnnualReport",
            summary = "Acknowledge the submitted annual report (R33)",
            description = """
                    Regulators whose jurisdiction contains the holder's region; others get 404. The version \
                    reviewed must be the one awaiting the regulator (409 otherwise, and when nothing awaits).""")
    ResponseEntity<AnnualReportView> acknowledge(@PathVariable UUID holderId,
                                                 @Parameter(description = YEAR) @PathVariable @Min(2000) @Max(2999) int year,
                                                 @Valid @RequestBody AcknowledgeReportRequest request) {
        EnterpriseProfile holder = reviewedHolder(holderId, year);
        commands.sendAndWait(new AcknowledgeAnnualReport(AnnualReportIds.of(holderId, year), request.version(),
                times.now()));
        AnnualReportView report = view(holder, year);
        return StreamVersions.ok(report, report.streamVersion());
    }

    @PostMapping("/return")
    @Operation(operationId = "returnAnnualReport",
            summary = "Return the submitted annual report with reasons, for a new version (R33)",
            description = """
                    As the acknowledgement. At least one reason; the holder then submits again, which computes the \
                    figures afresh.""")
    ResponseEntity<AnnualReportView> returnReport(@PathVariable UUID holderId,
                                                  @Parameter(description = YEAR) @PathVariable @Min(2000) @Max(2999) int year,
                                                  @Valid @RequestBody ReturnReportRequest request) {
        EnterpriseProfile holder = reviewedHolder(holderId, year);
        commands.sendAndWait(new ReturnAnnualReport(AnnualReportIds.of(holderId, year), request.version(),
                request.reasons(), times.now()));
        AnnualReportView report = view(holder, year);
        return StreamVersions.ok(report, report.streamVersion());
    }

    /** The regulator of the holder's jurisdiction, on a report that has been submitted. */
    private EnterpriseProfile reviewedHolder(UUID holderId, int year) {
        Caller caller = currentCaller.get();
        EnterpriseProfile holder = visibleHolder(caller, holderId);
        if (!inJurisdiction(caller, holder.regionCode())) {
            throw new AccessDeniedException("Only the regulator of the holder's jurisdiction reviews its report");
        }
        if (!queries.submitted(holderId, year)) {
            throw CommandRefused.conflict("R33", "version", Translatable.of("refused.report.not-submitted", year, 0));
        }
        return holder;
    }

    private AnnualReportView view(EnterpriseProfile holder, int year) {
        return queries.report(holder.id(), holder.name(), holder.regionCode(), year, dueDates.dueOn(year),
                LocalDate.ofInstant(times.now(), zone));
    }

    /** R21: the holder itself, administrators and regulators of its region see its reports; others find none. */
    private EnterpriseProfile visibleHolder(Caller caller, UUID holderId) {
        return enterprises.profile(holderId, false)
                .filter(holder -> caller.isAdmin() || caller.actsFor(holderId)
                        || inJurisdiction(caller, holder.regionCode()))
                .orElseThrow(() -> CommandRefused.notFound("holderId",
                        Translatable.of("refused.report.unknown-holder", holderId)));
    }

    private boolean inJurisdiction(Caller caller, String regionCode) {
        return caller.isRegulator() && caller.jurisdiction() != null
                && regions.contains(caller.jurisdiction(), regionCode);
    }
}
