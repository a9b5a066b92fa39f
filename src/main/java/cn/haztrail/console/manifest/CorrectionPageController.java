package cn.haztrail.console.manifest;

import cn.haztrail.console.FormErrors;
import cn.haztrail.console.MemberRoleCheck;
import cn.haztrail.manifest.api.ApproveCorrection;
import cn.haztrail.manifest.api.RejectCorrection;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.manifest.web.DecisionRequest;
import cn.haztrail.manifest.web.ManifestAccess;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
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

import java.util.Map;
import java.util.UUID;

/**
 * A proposed correction of a signed manifest, field by field before and after, with approve and refuse for the
 * parties whose decision it awaits (R20). The buttons send the API's own commands with the API's access checks; a
 * refusal is shown next to the field it names.
 */
@Controller
@RequestMapping("/console/manifests/{id}/corrections/{correctionId}")
class CorrectionPageController {

    /** The aggregate names the deciding party; on this page that is the person's enterprise, i.e. the whole form. */
    private static final Map<String, String> FIELDS = Map.of("approvedBy", FormErrors.WHOLE_FORM,
            "rejectedBy", FormErrors.WHOLE_FORM, "correctionId", FormErrors.WHOLE_FORM,
            "decidedAt", FormErrors.WHOLE_FORM);

    private final CorrectionPages pages;
    private final ManifestAccess access;
    private final CommandGateway commands;
    private final StepTimes times;
    private final FormErrors errors;

    CorrectionPageController(CorrectionPages pages, ManifestAccess access, CommandGateway commands, StepTimes times,
                             FormErrors errors) {
        this.pages = pages;
        this.access = access;
        this.commands = commands;
        this.times = times;
        this.errors = errors;
    }

    @GetMapping
    String show(@PathVariable UUID id, @PathVariable UUID correctionId,
                @RequestParam(required = false) String done, Model model) {
        Caller caller = pages.party(id);
        model.addAttribute("done", done);
        return page(model, id, correctionId, caller, Map.of(), "");
    }

    @PostMapping("/approve")
    String approve(@PathVariable UUID id, @PathVariable UUID correctionId, Model model) {
        Caller caller = decider(id, correctionId, "approve");
        return decide(model, id, correctionId, caller, "", "approved", () -> commands.sendAndWait(
                new ApproveCorrection(id, correctionId, caller.enterpriseId(), times.orNow(null), null)));
    }

    @PostMapping("/reject")
    String reject(@PathVariable UUID id, @PathVariable UUID correctionId, @RequestParam(required = false) String reason,
                  Model model) {
        Caller caller = decider(id, correctionId, "reject");
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        Map<String, String> invalid = pages.violations(new DecisionRequest(text, null, null));
        if (!invalid.isEmpty()) {
            model.addAttribute("done", null);
            return page(model, id, correctionId, caller, invalid, reason);
        }
        return decide(model, id, correctionId, caller, reason, "rejected", () -> commands.sendAndWait(
                new RejectCorrection(id, correctionId, caller.enterpriseId(), text, times.orNow(null), null)));
    }

    private String decide(Model model, UUID id, UUID correctionId, Caller caller, String reason, String outcome,
                          Runnable command) {
        try {
            command.run();
            return "redirect:/console/manifests/" + id + "/corrections/" + correctionId + "?done=" + outcome;
        } catch (CommandRefused refused) {
            model.addAttribute("done", null);
            return page(model, id, correctionId, caller, errors.byField(refused, FIELDS), reason);
        }
    }

    /** As the API: a party to the manifest, whose member role may take this decision (R21, R29). */
    private Caller decider(UUID id, UUID correctionId, String decision) {
        Caller caller = MemberRoleCheck.require(pages.party(id),
                "/api/v1/manifests/" + id + "/corrections/" + correctionId + "/" + decision);
        access.asParty(id, caller);
        return caller;
    }

    private String page(Model model, UUID id, UUID correctionId, Caller caller, Map<String, String> found,
                        String reason) {
        ManifestView manifest = pages.manifest(id, caller);
        ManifestView.Correction correction = manifest.corrections().stream()
                .filter(c -> c.id().equals(correctionId)).findFirst()
                .orElseThrow(() -> CommandRefused.notFound("correctionId",
                        Translatable.of("refused.manifest.unknown-correction", correctionId)));
        model.addAttribute("manifest", manifest);
        model.addAttribute("correction", correction);
        model.addAttribute("names", pages.names(manifest));
        model.addAttribute("awaitsMe", "PENDING".equals(correction.state())
                && correction.awaitingApprovalOf().contains(caller.enterpriseId().toString()));
        model.addAttribute("errors", found);
        model.addAttribute("otherErrors", found.entrySet().stream()
                .filter(e -> !e.getKey().equals("reason")).map(Map.Entry::getValue).toList());
        model.addAttribute("reason", reason);
        return "console/manifest/correction";
    }
}
