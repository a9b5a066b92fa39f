package cn.haztrail.console.records;

import cn.haztrail.console.FormErrors;
import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.report.api.AcknowledgeAnnualReport;
import cn.haztrail.report.api.AnnualReportIds;
import cn.haztrail.report.api.ReturnAnnualReport;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.time.StepTimes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The regulator of the holder's region acknowledges the submitted version of an annual report or returns it with
 * reasons, one a line (R33); the version it read is the one decided on.
 */
@Controller
@RequestMapping("/console/records/reports/{holderId}/{year}")
class ReportReviewController {

    private static final int MAX_REASON = 500;

    private final RecordsScope scope;
    private final ReportPageController reportPage;
    private final CommandGateway commands;
    private final StepTimes times;
    private final FormErrors errors;
    private final MessageSource messages;

    ReportReviewController(RecordsScope scope, ReportPageController reportPage, CommandGateway commands,
                           StepTimes times, FormErrors errors, MessageSource messages) {
        this.scope = scope;
        this.reportPage = reportPage;
        this.commands = commands;
        this.times = times;
        this.errors = errors;
        this.messages = messages;
    }

    @PostMapping("/acknowledgement")
    String acknowledge(@PathVariable UUID holderId, @PathVariable int year, @RequestParam int version, Model model) {
        reviewer(holderId);
        return decide(holderId, year, model, null, "acknowledged", () -> commands.sendAndWait(
                new AcknowledgeAnnualReport(AnnualReportIds.of(holderId, year), version, times.now())));
    }

    @PostMapping("/return")
    String giveBack(@PathVariable UUID holderId, @PathVariable int year, @RequestParam int version,
                    @RequestParam(required = false) String reasons, Model model) {
        reviewer(holderId);
        List<String> lines = reasons == null ? List.of() : Arrays.stream(reasons.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty() || lines.stream().anyMatch(line -> line.length() > MAX_REASON)) {
            model.addAttribute("errors", Map.of("reasons", messages.getMessage("console.records.error.report-reasons",
                    null, LocaleContextHolder.getLocale())));
            model.addAttribute("reasons", reasons);
            return reportPage.show(holderId, year, null, model);
        }
        return decide(holderId, year, model, reasons, "returned", () -> commands.sendAndWait(
                new ReturnAnnualReport(AnnualReportIds.of(holderId, year), version, lines, times.now())));
    }

    private String decide(UUID holderId, int year, Model model, String reasons, String outcome, Runnable command) {
        try {
            command.run();
        } catch (CommandRefused refused) {
            model.addAttribute("errors", errors.byField(refused, Map.of("version", FormErrors.WHOLE_FORM)));
            model.addAttribute("reasons", reasons);
            return reportPage.show(holderId, year, null, model);
        }
        return "redirect:/console/records/reports/" + holderId + "/" + year + "?done=" + outcome;
    }

    /** As the API: only a regulator of the holder's region reviews its report (R33, R21). */
    private void reviewer(UUID holderId) {
        Caller caller = scope.regulator();
        EnterpriseProfile holder = scope.visibleHolder(caller, holderId);
        if (!scope.governs(caller, holder.regionCode())) {
            throw new AccessDeniedException("Only the regulator of the holder's jurisdiction reviews its report");
        }
    }
}
