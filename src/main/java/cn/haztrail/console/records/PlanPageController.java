package cn.haztrail.console.records;

import cn.haztrail.console.FormErrors;
import cn.haztrail.console.MemberRoleCheck;
import cn.haztrail.plan.api.AmendPlan;
import cn.haztrail.plan.api.FilePlan;
import cn.haztrail.plan.api.PlanIds;
import cn.haztrail.plan.query.PlanQueries;
import cn.haztrail.plan.query.PlanView;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.Role;
import cn.haztrail.shared.time.StepTimes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Management plans (危险废物管理计划, R30): the producer files one for a year and amends it; producer and regulators
 * read its versions with their answers. The regulator's recording and return are {@link PlanReviewController}'s.
 */
@Controller
@RequestMapping("/console/records/plans")
class PlanPageController {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int SHOWN = 50;

    private final RecordsScope scope;
    private final PlanPages pages;
    private final PlanQueries plans;
    private final CommandGateway commands;
    private final StepTimes times;
    private final FormErrors errors;
    private final MessageSource messages;

    PlanPageController(RecordsScope scope, PlanPages pages, PlanQueries plans, CommandGateway commands,
                       StepTimes times, FormErrors errors, MessageSource messages) {
        this.scope = scope;
        this.pages = pages;
        this.plans = plans;
        this.commands = commands;
        this.times = times;
        this.errors = errors;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "0") int missingPage, Model model) {
        Caller caller = scope.reader();
        int shown = year != null ? year : times.now().atZone(SHANGHAI).getYear();
        model.addAttribute("year", shown);
        // a city has hundreds of producers: both lists page, SHOWN a page
        int plansPage = Math.max(0, page);
        if (caller.isRegulator()) {
            model.addAttribute("plans", plans.inJurisdiction(caller.jurisdiction(), shown, plansPage, SHOWN));
            model.addAttribute("missing", plans.missing(caller.jurisdiction(), shown, Math.max(0, missingPage),
                    SHOWN));
        } else {
            producer(caller);
            model.addAttribute("plans", plans.forProducer(caller.enterpriseId(), null, plansPage, SHOWN));
        }
        return "console/records/plans";
    }

    @GetMapping("/new")
    String blank(Model model) {
        producer(scope.party());
        PlanForm form = new PlanForm();
        form.setYear(String.valueOf(times.now().atZone(SHANGHAI).getYear()));
        return pages.form(model, form, null, Map.of());
    }

    @PostMapping
    String file(@ModelAttribute("form") PlanForm form, Model model) {
        Caller caller = writer(scope.party(), "/api/v1/plans");
        Map<String, String> unreadable = texts(form.unreadable());
        if (!unreadable.isEmpty()) {
            return pages.form(model, form, null, unreadable);
        }
        UUID id = PlanIds.of(caller.enterpriseId(), form.year());
        try {
            commands.sendAndWait(new FilePlan(id, caller.enterpriseId(), form.year(), form.contents(),
                    times.orNow(null)));
        } catch (CommandRefused refused) {
            return pages.form(model, form, null, errors.byField(refused, form.aliases()));
        }
        return "redirect:/console/records/plans/" + id + "?done=filed";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String done, Model model) {
        Caller caller = scope.reader();
        PlanView plan = pages.visible(id, caller);
        model.addAttribute("plan", plan);
        model.addAttribute("done", done);
        model.addAttribute("names", scope.names(plan.contents().receivers().stream()
                .map(r -> r.receiverId()).toList()));
        model.addAttribute("mine", caller.actsFor(plan.producer().id()));
        model.addAttribute("reviews", caller.isRegulator());
        model.addAttribute("errors", model.getAttribute("errors") == null ? Map.of() : model.getAttribute("errors"));
        return "console/records/plan";
    }

    @GetMapping("/{id}/amendment")
    String amendment(@PathVariable UUID id, Model model) {
        Caller caller = producer(scope.party());
        PlanView plan = pages.visible(id, caller);
        return pages.form(model, PlanForm.of(plan), plan, Map.of());
    }

    @PostMapping("/{id}/amendment")
    String amend(@PathVariable UUID id, @ModelAttribute("form") PlanForm form, Model model) {
        Caller caller = writer(scope.party(), "/api/v1/plans/" + id + "/amendment");
        PlanView plan = pages.visible(id, caller);
        form.setYear(String.valueOf(plan.year()));
        Map<String, String> unreadable = texts(form.unreadable());
        if (!unreadable.isEmpty()) {
            return pages.form(model, form, plan, unreadable);
        }
        if (form.getVersion() != plan.streamVersion()) {
            return pages.form(model, form, plan, Map.of(FormErrors.WHOLE_FORM,
                    errors.changedMeanwhile(form.getVersion(), plan.streamVersion())));
        }
        try {
            commands.sendAndWait(new AmendPlan(id, caller.enterpriseId(), form.contents(), plan.streamVersion(),
                    times.orNow(null)));
        } catch (CommandRefused refused) {
            return pages.form(model, form, plan, errors.byField(refused, form.aliases()));
        }
        return "redirect:/console/records/plans/" + id + "?done=amended";
    }

    /** As the API: producers file and amend plans, not their viewers or drivers (R29). */
    private static Caller writer(Caller caller, String apiPath) {
        return MemberRoleCheck.require(producer(caller), apiPath);
    }

    private static Caller producer(Caller caller) {
        if (caller.role() != Role.PRODUCER) {
            throw new AccessDeniedException("Management plans are filed by producers");
        }
        return caller;
    }

    private Map<String, String> texts(Map<String, String> keys) {
        Map<String, String> texts = new TreeMap<>();
        keys.forEach((field, key) -> texts.put(field, messages.getMessage(key, null, key,
                LocaleContextHolder.getLocale())));
        return texts;
    }
}
