package cn.haztrail.console.manifest;

import cn.haztrail.console.FormErrors;
import cn.haztrail.console.MemberRoleCheck;
import cn.haztrail.documents.ManifestDocuments;
import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.manifest.application.ManifestSubmission;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.manifest.web.ManifestAccess;
import cn.haztrail.oversight.custody.CustodyChains;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.EnterpriseSummary;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A manifest's page: parties, lines, status, its events, and the steps that are the caller's turn (submit here, the
 * other steps on their own pages), plus the printable manifest from the same renderer as the API's document.
 */
@Controller
class ManifestPageController {

    private final ManifestQueries manifests;
    private final ManifestAccess access;
    private final ManifestSubmission submission;
    private final EnterpriseQueries enterprises;
    private final CustodyChains chains;
    private final ManifestDocuments documents;
    private final FormErrors errors;
    private final CurrentCaller currentCaller;

    ManifestPageController(ManifestQueries manifests, ManifestAccess access, ManifestSubmission submission,
                           EnterpriseQueries enterprises, CustodyChains chains, ManifestDocuments documents,
                           FormErrors errors, CurrentCaller currentCaller) {
        this.manifests = manifests;
        this.access = access;
        this.submission = submission;
        this.enterprises = enterprises;
        this.chains = chains;
        this.documents = documents;
        this.errors = errors;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/console/manifests/{id}")
    String show(@PathVariable UUID id, Model model) {
        Caller caller = currentCaller.get();
        ManifestView manifest = visible(id, caller);
        List<UUID> parties = new ArrayList<>(manifest.carrierIds());
        parties.add(manifest.consignorId());
        parties.add(manifest.receiverId());
        Map<UUID, String> names = enterprises.summaries(parties).stream()
                .collect(Collectors.toMap(EnterpriseSummary::id, EnterpriseSummary::name));
        model.addAttribute("manifest", manifest);
        model.addAttribute("names", names);
        model.addAttribute("actions", ManifestActions.of(manifest, caller.enterpriseId()));
        model.addAttribute("mayCorrect", caller.enterpriseId() != null && parties.contains(caller.enterpriseId())
                && manifest.status() != ManifestStatus.DRAFT && manifest.status() != ManifestStatus.CANCELLED);
        model.addAttribute("events", chains.ofManifest(id, null, null).entries().stream()
                .filter(entry -> id.equals(entry.aggregateId())).toList());
        return "console/manifest/show";
    }

    /**
     * Signs and submits as the API's submit does: the receiver's licence is checked and the number assigned, on
     * the version of the draft the person saw (as the API's If-Match). A draft changed meanwhile is not submitted:
     * checked here first, since the aggregate reports a stale version only once the step itself would succeed.
     */
    @PostMapping("/console/manifests/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        Caller caller = MemberRoleCheck.require(currentCaller.get(), "/api/v1/manifests/" + id + "/submit");
        long current = visible(id, caller).version();
        if (version != null && version != current) {
            redirect.addFlashAttribute("refusal", errors.changedMeanwhile(version, current));
            return "redirect:/console/manifests/" + id;
        }
        try {
            submission.submit(id, () -> access.asConsignor(id, caller), version, null, null);
        } catch (CommandRefused refused) {
            redirect.addFlashAttribute("refusal", errors.text(refused));
        } catch (ConflictingAggregateVersionException stale) {
            redirect.addFlashAttribute("refusal",
                    errors.changedMeanwhile(stale.getExpectedVersion(), stale.getActualVersion()));
        }
        return "redirect:/console/manifests/" + id;
    }

    @GetMapping(path = "/console/manifests/{id}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> document(@PathVariable UUID id) {
        return documents.pdf(visible(id, currentCaller.get()));
    }

    private ManifestView visible(UUID id, Caller caller) {
        return manifests.find(id.toString(), caller).orElseThrow(() -> CommandRefused.notFound("id",
                Translatable.of("refused.manifest.unknown-manifest", id)));
    }
}
