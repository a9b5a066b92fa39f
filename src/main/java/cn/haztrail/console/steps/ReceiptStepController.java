package cn.haztrail.console.steps;

import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.application.ManifestReceipt;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.manifest.web.ManifestAccess;
import cn.haztrail.manifest.web.ReceiptRequest;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.time.LateEntryReason;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The receiver's receipt, one row per line: what the API's receipt takes, validated and recorded by the same
 * request record and service (R03-R05, R17, R18, R27). After it, the page shows what was accepted and the
 * discrepancies found.
 */
@Controller
@RequestMapping("/console/manifests/{id}/receipt")
class ReceiptStepController {

    private static final String[] LINE_FIELDS = {"batchId", "decision", "acceptedQuantity", "containersReceived",
            "methodCode", "note", "weighbridgeTicket"};

    private final StepPages pages;
    private final ManifestAccess access;
    private final ManifestReceipt receipt;

    ReceiptStepController(StepPages pages, ManifestAccess access, ManifestReceipt receipt) {
        this.pages = pages;
        this.access = access;
        this.receipt = receipt;
    }

    @GetMapping
    String page(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean done, Model model) {
        Caller caller = pages.caller(id, "receipt");
        access.asReceiver(id, caller);
        pages.header(model, id, caller);
        ManifestView manifest = (ManifestView) model.getAttribute("manifest");
        return show(model, ReceiptForm.of(manifest, pages.now()), Map.of(), done);
    }

    @PostMapping
    String receive(@PathVariable UUID id, @ModelAttribute("receipt") ReceiptForm form,
                   @RequestParam(required = false) String version, Model model) {
        Caller caller = pages.caller(id, "receipt");
        ReceiptRequest request = form.toRequest(pages);
        Long seen = StepPages.seen(version);
        Map<String, String> errors = pages.violations(request);
        if (errors.isEmpty()) {
            errors = pages.changedSince(seen, pages.manifest(id, caller).version());
        }
        if (errors.isEmpty()) {
            errors = pages.run(() -> receipt.receive(id, () -> access.asReceiver(id, caller), caller.enterpriseId(),
                    request.lines().stream().map(ReceiptRequest.Line::toLine).toList(), request.receivedAt(),
                    request.lateEntry(), seen));
            if (errors.isEmpty()) {
                return "redirect:/console/manifests/" + id + "/receipt?done=true";
            }
        }
        pages.header(model, id, caller);
        return show(model, form, errors, false);
    }

    private String show(Model model, ReceiptForm form, Map<String, String> errors, boolean done) {
        Set<String> fields = new HashSet<>(Set.of("receivedAt", "lateEntry"));
        for (int i = 0; i < form.getLines().size(); i++) {
            for (String field : LINE_FIELDS) {
                fields.add("lines[" + i + "]." + field);
            }
        }
        model.addAttribute("receipt", form);
        model.addAttribute("form", Map.of("at", form.getAt() == null ? "" : form.getAt(),
                "lateEntry", form.getLateEntry() == null ? "" : form.getLateEntry()));
        model.addAttribute("errors", errors);
        model.addAttribute("otherErrors", StepPages.others(errors, fields));
        model.addAttribute("done", done);
        model.addAttribute("decisions", LineDecision.values());
        model.addAttribute("lateEntryReasons", LateEntryReason.values());
        return "console/steps/receipt";
    }
}
