package cn.haztrail.console.manifest;

import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchReaders;
import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.console.FormErrors;
import cn.haztrail.console.MemberRoleCheck;
import cn.haztrail.exemption.query.ExemptionQueries;
import cn.haztrail.exemption.query.ExemptionView;
import cn.haztrail.manifest.api.ExemptLine;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.application.ManifestDraft;
import cn.haztrail.manifest.application.ManifestDrafting;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Draft a manifest with a form: the consignor's batches in storage, receivers and carriers from the registry. Calls
 * the same {@link ManifestDrafting} as the API's draft endpoint, so R08, R10 and R14 are checked there only.
 */
@Controller
class ManifestFormController {

    private static final int LISTED = 200;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The domain's field names where the form names the field differently. */
    private static final Map<String, String> FIELDS = Map.of("carrierIds", "firstCarrierId",
            "carrierId", "firstCarrierId", "lines", "batchIds", "batchId", "batchIds", "methodCode", "plannedMethod");

    private final ManifestDrafting drafting;
    private final BatchQueries batches;
    private final BatchReaders readers;
    private final EnterpriseQueries enterprises;
    private final MethodCatalogue methods;
    private final ExemptionQueries exemptions;
    private final FormErrors errors;
    private final CurrentCaller currentCaller;

    ManifestFormController(ManifestDrafting drafting, BatchQueries batches, BatchReaders readers,
                           EnterpriseQueries enterprises, MethodCatalogue methods, ExemptionQueries exemptions,
                           FormErrors errors, CurrentCaller currentCaller) {
        this.exemptions = exemptions;
        this.drafting = drafting;
        this.batches = batches;
        this.readers = readers;
        this.enterprises = enterprises;
        this.methods = methods;
        this.errors = errors;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/console/manifests/new")
    String form(@ModelAttribute("manifest") ManifestForm manifest, Model model) {
        return choices(model);
    }

    @PostMapping("/console/manifests/new")
    String draft(@Valid @ModelAttribute("manifest") ManifestForm manifest, BindingResult form, Model model) {
        Caller caller = MemberRoleCheck.require(currentCaller.get(), "/api/v1/manifests");
        if (form.hasErrors()) {
            return choices(model);
        }
        UUID id = UUID.randomUUID();
        List<UUID> exempt = manifest.exemptBatchIds();
        try {
            drafting.draft(new ManifestDraft(id, ManifestKind.TRANSFER, caller.enterpriseId(),
                    manifest.getReceiverId(), manifest.carrierIds(), manifest.getVehiclePlate().strip(),
                    manifest.getPlannedDate(), manifest.getBatchIds(), blankToNull(manifest.getPlannedMethod()), null,
                    blankToNull(manifest.getEmergencyMeasures()), null, null, null,
                    exempt.stream().map(batch -> new ExemptLine(batch, manifest.getExemptions().get(batch))).toList()));
        } catch (CommandRefused refused) {
            errors.reject(form, refused, fields(exempt));
            return choices(model);
        }
        return "redirect:/console/manifests/" + id;
    }

    /** The domain names an exempt line by its place among the exempt lines; the form by its batch. */
    private static Map<String, String> fields(List<UUID> exempt) {
        Map<String, String> fields = new HashMap<>(FIELDS);
        for (int i = 0; i < exempt.size(); i++) {
            String choice = "exemptions[" + exempt.get(i) + "]";
            fields.put("exemptLines[" + i + "]", choice);
            fields.put("exemptLines[" + i + "].batchId", choice);
            fields.put("exemptLines[" + i + "].exemptionId", choice);
        }
        return fields;
    }

    private String choices(Model model) {
        Caller caller = currentCaller.get();
        model.addAttribute("exemptionsInForce", inForce(caller.enterpriseId()));
        model.addAttribute("inStorage",
                batches.search(readers.of(caller), BatchStatus.IN_STORAGE, null, 0, LISTED).items());
        model.addAttribute("receivers", enterprises.search(PartyRole.RECEIVER, null, 0, LISTED).items());
        model.addAttribute("carriers", enterprises.search(PartyRole.CARRIER, null, 0, LISTED).items());
        model.addAttribute("methods", methods.all());
        return "console/manifest/new";
    }

    /** The exemptions the caller may send waste under as producer today; the drafting checks them again (R37). */
    private List<ExemptionView> inForce(UUID producerId) {
        LocalDate today = LocalDate.now(SHANGHAI);
        return exemptions.forParty(producerId, 0, LISTED).items().stream()
                .filter(x -> x.producer().id().equals(producerId) && x.revokedAt() == null)
                .filter(x -> !today.isBefore(x.validFrom()) && !today.isAfter(x.validTo()))
                .filter(x -> x.remainingTonnes().signum() > 0).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
