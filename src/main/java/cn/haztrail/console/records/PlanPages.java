package cn.haztrail.console.records;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.console.FormErrors;
import cn.haztrail.plan.query.PlanQueries;
import cn.haztrail.plan.query.PlanView;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.EnterpriseSummary;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.UUID;

/** What the plan pages share: who sees a plan (as the API, R21), the receivers to choose from, the form's model. */
@Component
class PlanPages {

    /** A page of receivers to choose from: enough for a province; more are found by the API. */
    private static final int RECEIVERS_SHOWN = 200;

    private static final Pattern FIELDS = Pattern.compile("lines\\[\\d+]\\.(wasteCode|expectedTonnes)"
            + "|storageFacilities\\[\\d+]\\.(name|capacityTonnes)|receivers\\[\\d+]\\.(receiverId|methodCode)"
            + "|reductionMeasures");

    private final PlanQueries plans;
    private final EnterpriseQueries enterprises;
    private final RegionDirectory regions;

    PlanPages(PlanQueries plans, EnterpriseQueries enterprises, RegionDirectory regions) {
        this.plans = plans;
        this.enterprises = enterprises;
        this.regions = regions;
    }

    /** The plan, when its producer or a regulator of the producer's region asks; otherwise not found. */
    PlanView visible(UUID id, Caller caller) {
        return plans.find(id).filter(plan -> caller.actsFor(plan.producer().id())
                        || caller.isRegulator() && regions.contains(caller.jurisdiction(), plan.producer().regionCode()))
                .orElseThrow(() -> CommandRefused.notFound("id", Translatable.of("refused.plan.unknown-plan", id)));
    }

    /** Registered receivers and collectors, by name: the planned receivers a producer may name (R32). */
    List<EnterpriseSummary> receivers() {
        List<EnterpriseSummary> all = new ArrayList<>(enterprises.search(PartyRole.RECEIVER, null, 0, RECEIVERS_SHOWN)
                .items());
        enterprises.search(PartyRole.COLLECTOR, null, 0, RECEIVERS_SHOWN).items().stream()
                .filter(c -> all.stream().noneMatch(r -> r.id().equals(c.id()))).forEach(all::add);
        all.sort(Comparator.comparing(EnterpriseSummary::name));
        return all;
    }

    /** The form again, each error next to its field; one the form shows no field for goes above the form. */
    String form(Model model, PlanForm form, PlanView amended, Map<String, String> errors) {
        Map<String, String> placed = new TreeMap<>();
        errors.forEach((field, text) -> placed.merge(shown(field, amended == null) ? field : FormErrors.WHOLE_FORM,
                text, (a, b) -> a + " " + b));
        model.addAttribute("form", form);
        model.addAttribute("plan", amended);
        model.addAttribute("receivers", receivers());
        model.addAttribute("errors", placed);
        return "console/records/plan-form";
    }

    private static boolean shown(String field, boolean withYear) {
        return FIELDS.matcher(field).matches() || withYear && field.equals("year");
    }
}
