package cn.haztrail.console.records;

import cn.haztrail.console.FormErrors;
import cn.haztrail.plan.api.RecordPlanFiling;
import cn.haztrail.plan.api.ReturnPlan;
import cn.haztrail.plan.query.PlanView;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.time.StepTimes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;
import java.util.UUID;

/**
 * The regulator of the producer's region records the plan's latest version with a filing number (备案号) or returns
 * it with reasons (R30), on the version it saw: a newer amendment is not recorded unseen.
 */
@Controller
@RequestMapping("/console/records/plans/{id}")
class PlanReviewController {

    private static final int MAX_FILING_NUMBER = 64;
    private static final int MAX_REASONS = 2000;

    private final RecordsScope scope;
    private final PlanPages pages;
    private final PlanPageController planPage;
    private final CommandGateway commands;
    private final StepTimes times;
    private final FormErrors errors;
    private final MessageSource messages;

    PlanReviewController(RecordsScope scope, PlanPages pages, PlanPageController planPage, CommandGateway commands,
                         StepTimes times, FormErrors errors, MessageSource messages) {
        this.scope = scope;
        this.pages = pages;
        this.planPage = planPage;
        this.commands = commands;
        this.times = times;
        this.errors = errors;
        this.messages = messages;
    }

    @PostMapping("/recording")
    String record(@PathVariable UUID id, @RequestParam(required = false) String filingNumber,
                  @RequestParam long version, Model model) {
        Caller caller = scope.regulator();
        PlanView plan = pages.visible(id, caller);
        String number = filingNumber == null ? "" : filingNumber.strip();
        if (number.isEmpty() || number.length() > MAX_FILING_NUMBER) {
            return again(id, model, "filingNumber", text("console.records.error.filing-number"), number, null);
        }
        return decide(id, plan, version, model, number, null, () -> commands.sendAndWait(
                new RecordPlanFiling(id, number, caller.jurisdiction(), version, times.orNow(null))), "recorded");
    }

    @PostMapping("/return")
    String giveBack(@PathVariable UUID id, @RequestParam(required = false) String reasons,
                    @RequestParam long version, Model model) {
        Caller caller = scope.regulator();
        PlanView plan = pages.visible(id, caller);
        String text = reasons == null ? "" : reasons.strip();
        if (text.isEmpty() || text.length() > MAX_REASONS) {
            return again(id, model, "reasons", text("console.records.error.reasons"), null, text);
        }
        return decide(id, plan, version, model, null, text, () -> commands.sendAndWait(
                new ReturnPlan(id, text, caller.jurisdiction(), version, times.orNow(null))), "returned");
    }

    private String decide(UUID id, PlanView plan, long seen, Model model, String number, String reasons,
                          Runnable command, String outcome) {
        if (seen != plan.streamVersion()) {
            return again(id, model, FormErrors.WHOLE_FORM, errors.changedMeanwhile(seen, plan.streamVersion()),
                    number, reasons);
        }
        try {
            command.run();
        } catch (CommandRefused refused) {
            model.addAttribute("errors", errors.byField(refused, Map.of("version", FormErrors.WHOLE_FORM)));
            model.addAttribute("filingNumber", number);
            model.addAttribute("reasons", reasons);
            return planPage.show(id, null, model);
        }
        return "redirect:/console/records/plans/" + id + "?done=" + outcome;
    }

    private String again(UUID id, Model model, String field, String text, String number, String reasons) {
        model.addAttribute("errors", Map.of(field, text));
        model.addAttribute("filingNumber", number);
        model.addAttribute("reasons", reasons);
        return planPage.show(id, null, model);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
