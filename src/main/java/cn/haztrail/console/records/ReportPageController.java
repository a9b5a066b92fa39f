package cn.haztrail.console.records;

import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.console.FormErrors;
import cn.haztrail.console.MemberRoleCheck;
import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.LicenceView;
import cn.haztrail.report.api.AnnualReportIds;
import cn.haztrail.report.api.SubmitAnnualReport;
import cn.haztrail.report.query.AnnualReportQueries;
import cn.haztrail.report.query.AnnualReportView;
import cn.haztrail.report.query.DraftReports;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.Role;
import cn.haztrail.shared.time.StepTimes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Annual reports (经营情况年报, R33, R34): the licence holder sees the figures computed for a year, submits them and
 * resubmits a returned report; the regulator lists the holders of its jurisdiction with where their reports stand.
 * The regulator's acknowledgement and return are {@link ReportReviewController}'s.
 */
@Controller
@RequestMapping("/console/records/reports")
class ReportPageController {

    private final RecordsScope scope;
    private final AnnualReportQueries reports;
    private final DraftReports drafts;
    private final EnterpriseQueries enterprises;
    private final CommandGateway commands;
    private final StepTimes times;
    private final FormErrors errors;
    private final ZoneId zone;

    ReportPageController(RecordsScope scope, AnnualReportQueries reports, DraftReports drafts,
                         EnterpriseQueries enterprises, CommandGateway commands,
                         StepTimes times, FormErrors errors, ZoneProperties zone) {
        this.scope = scope;
        this.reports = reports;
        this.drafts = drafts;
        this.enterprises = enterprises;
        this.commands = commands;
        this.times = times;
        this.errors = errors;
        this.zone = zone.zone();
    }

    /** Last year by default: a year's report is submitted once it is over (R33). */
    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        Caller caller = scope.reader();
        int shown = year != null ? year : today().getYear() - 1;
        if (!caller.isRegulator()) {
            return "redirect:/console/records/reports/" + holder(caller).enterpriseId() + "/" + shown;
        }
        Map<UUID, List<LicenceView>> holders = enterprises.licencesInRegion(caller.jurisdiction());
        model.addAttribute("year", shown);
        model.addAttribute("holders", enterprises.summaries(holders.keySet()).stream()
                .sorted(java.util.Comparator.comparing(e -> e.name())).toList());
        model.addAttribute("statuses", reports.statuses(holders.keySet(), shown));
        return "console/records/reports";
    }

    @GetMapping("/{holderId}/{year}")
    String show(@PathVariable UUID holderId, @PathVariable int year, @RequestParam(required = false) String done,
                Model model) {
        Caller caller = scope.reader();
        EnterpriseProfile holder = scope.visibleHolder(caller, holderId);
        AnnualReportView report = view(holder, year);
        model.addAttribute("report", report);
        model.addAttribute("done", done);
        model.addAttribute("mine", caller.actsFor(holderId));
        model.addAttribute("canSubmit", caller.actsFor(holderId) && today().getYear() > year
                && (report.version() == 0 || "RETURNED".equals(report.status())));
        model.addAttribute("reviews", scope.governs(caller, holder.regionCode()) && "SUBMITTED".equals(report.status()));
        model.addAttribute("rows", ReportRows.of(report));
        if (model.getAttribute("errors") == null) {
            model.addAttribute("errors", Map.of());
        }
        return "console/records/report";
    }

    @PostMapping("/{holderId}/{year}/submission")
    String submit(@PathVariable UUID holderId, @PathVariable int year, Model model) {
        Caller caller = MemberRoleCheck.require(holder(scope.party()),
                "/api/v1/annual-reports/" + holderId + "/" + year + "/submission");
        EnterpriseProfile holder = scope.visibleHolder(caller, holderId);
        if (!caller.actsFor(holderId)) {
            throw new AccessDeniedException("Only the holder submits its annual report");
        }
        try {
            if (!licensedIn(holder, year)) {
                throw CommandRefused.ruleViolated("R33", "holderId",
                        Translatable.of("refused.report.no-licence-in-year", year));
            }
            commands.sendAndWait(new SubmitAnnualReport(AnnualReportIds.of(holderId, year), holderId, year,
                    drafts.draft(holderId, year), times.now()));
        } catch (CommandRefused refused) {
            model.addAttribute("errors", Map.of(FormErrors.WHOLE_FORM, errors.text(refused)));
            return show(holderId, year, null, model);
        }
        return "redirect:/console/records/reports/" + holderId + "/" + year + "?done=submitted";
    }

    AnnualReportView view(EnterpriseProfile holder, int year) {
        return reports.report(holder.id(), holder.name(), holder.regionCode(), year, dueOn(year), today());
    }

    /** 31 March of the next year (R34), as the report's aggregate counts it; the aggregate decides lateness. */
    private static LocalDate dueOn(int year) {
        return LocalDate.of(year + 1, 3, 31);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(times.now(), zone);
    }

    private static boolean licensedIn(EnterpriseProfile holder, int year) {
        return holder.licences().stream().anyMatch(l -> !l.validFrom().isAfter(LocalDate.of(year, 12, 31))
                && !l.validTo().isBefore(LocalDate.of(year, 1, 1)));
    }

    /** Receivers and collectors hold licences and report; other parties have no annual report (R33). */
    private static Caller holder(Caller caller) {
        if (caller.role() != Role.RECEIVER && caller.role() != Role.COLLECTOR) {
            throw new AccessDeniedException("Annual reports are submitted by licence holders");
        }
        return caller;
    }
}
