package cn.haztrail.console.manifest;

import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.console.FormErrors;
import cn.haztrail.console.MemberRoleCheck;
import cn.haztrail.manifest.api.ProposeCorrection;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.manifest.web.CorrectionRequest;
import cn.haztrail.manifest.web.ManifestAccess;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.time.StepTimes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A party proposes a correction of a signed manifest (R20): the correctable fields, filled with today's values; the
 * ones the person changes are proposed (a field absent from the request is left as it is), as the API's propose takes them, and the other parties are asked to approve.
 */
@Controller
@RequestMapping("/console/manifests/{id}/corrections")
class CorrectionProposalController {

    /** The fields R20 lets a correction change, in the order of the form. */
    static final List<String> FIELDS = List.of("plannedDate", "vehiclePlate", "plannedMethod", "emergencyMeasures");

    private final CorrectionPages pages;
    private final ManifestAccess access;
    private final CommandGateway commands;
    private final StepTimes times;
    private final MethodCatalogue methods;
    private final FormErrors errors;

    CorrectionProposalController(CorrectionPages pages, ManifestAccess access, CommandGateway commands,
                                 StepTimes times, MethodCatalogue methods, FormErrors errors) {
        this.pages = pages;
        this.access = access;
        this.commands = commands;
        this.times = times;
        this.methods = methods;
        this.errors = errors;
    }

    @GetMapping("/new")
    String form(@PathVariable UUID id, Model model) {
        Caller caller = proposer(id);
        ManifestView manifest = pages.manifest(id, caller);
        return show(model, manifest, current(manifest), Map.of());
    }

    @PostMapping
    String propose(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        Caller caller = proposer(id);
        ManifestView manifest = pages.manifest(id, caller);
        Map<String, String> before = current(manifest);
        Map<String, String> changes = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String typed = form.get(field) == null ? null : form.get(field).strip();
            if (typed != null && !typed.equals(before.get(field))) {
                changes.put(field, typed);
            }
        }
        String reason = form.get("reason") == null ? null : form.get("reason").strip();
        Map<String, String> found = pages.violations(new CorrectionRequest(changes, reason, null, null));
        found.remove("changes");
        if (found.isEmpty()) {
            UUID correctionId = UUID.randomUUID();
            try {
                commands.sendAndWait(new ProposeCorrection(id, correctionId, caller.enterpriseId(), changes, reason,
                        times.orNow(null), null));
                return "redirect:/console/manifests/" + id + "/corrections/" + correctionId;
            } catch (CommandRefused refused) {
                found = errors.byField(refused, Map.of("changes", FormErrors.WHOLE_FORM,
                        "changes.plannedDate", "plannedDate", "changes.vehiclePlate", "vehiclePlate",
                        "changes.plannedMethod", "plannedMethod", "changes.emergencyMeasures", "emergencyMeasures",
                        "proposedBy", FormErrors.WHOLE_FORM, "proposedAt", FormErrors.WHOLE_FORM,
                        "manifestId", FormErrors.WHOLE_FORM));
            }
        }
        return show(model, manifest, form, found);
    }

    /** As the API: a party to the manifest, whose member role may propose (R21, R29). */
    private Caller proposer(UUID id) {
        Caller caller = MemberRoleCheck.require(pages.party(id), "/api/v1/manifests/" + id + "/corrections");
        access.asParty(id, caller);
        return caller;
    }

    /** Today's values as the form shows them; a field without a value is blank. */
    private static Map<String, String> current(ManifestView manifest) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("plannedDate", manifest.plannedDate() == null ? "" : manifest.plannedDate().toString());
        values.put("vehiclePlate", Objects.toString(manifest.vehiclePlate(), ""));
        values.put("plannedMethod", Objects.toString(manifest.plannedMethod(), ""));
        values.put("emergencyMeasures", Objects.toString(manifest.emergencyMeasures(), ""));
        return values;
    }

    private String show(Model model, ManifestView manifest, Map<String, String> form, Map<String, String> found) {
        model.addAttribute("manifest", manifest);
        model.addAttribute("form", form);
        model.addAttribute("methods", methods.all());
        model.addAttribute("errors", found);
        model.addAttribute("otherErrors", found.entrySet().stream()
                .filter(e -> !FIELDS.contains(e.getKey()) && !e.getKey().equals("reason"))
                .map(Map.Entry::getValue).toList());
        return "console/manifest/correction-new";
    }
}
