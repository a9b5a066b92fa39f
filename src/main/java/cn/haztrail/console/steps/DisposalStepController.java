package cn.haztrail.console.steps;

import cn.haztrail.batch.application.DisposalRecording;
import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchReaders;
import cn.haztrail.batch.query.BatchView;
import cn.haztrail.batch.web.DisposalRequest;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.console.MemberRoleCheck;
import cn.haztrail.shared.security.Role;
import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.web.QuantityRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The receiver records utilization or disposal of a received batch (R19), mirroring POST
 * /api/v1/batches/{id}/disposal: same role rule, same request record, same service.
 */
@Controller
@RequestMapping("/console/batches/{id}/disposal")
class DisposalStepController {

    private static final Set<String> FIELDS = Set.of("methodCode", "quantity", "disposedOn", "lateEntry");

    private final StepPages pages;
    private final BatchQueries batches;
    private final BatchReaders readers;
    private final DisposalRecording disposals;
    private final CurrentCaller currentCaller;

    DisposalStepController(StepPages pages, BatchQueries batches, BatchReaders readers, DisposalRecording disposals,
                           CurrentCaller currentCaller) {
        this.pages = pages;
        this.batches = batches;
        this.readers = readers;
        this.disposals = disposals;
        this.currentCaller = currentCaller;
    }

    @GetMapping
    String page(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean done, Model model) {
        Caller caller = receiver(id);
        BatchView batch = visible(id, caller);
        Map<String, String> form = new HashMap<>();
        form.put("disposedOn", LocalDate.parse(pages.now().substring(0, 10)).toString());
        if (batch.acceptedQuantity() != null) {
            form.put("value", batch.acceptedQuantity().value().toString());
            form.put("unit", batch.acceptedQuantity().unit());
        }
        model.addAttribute("done", done);
        return show(model, batch, form, Map.of());
    }

    @PostMapping
    String dispose(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        Caller caller = receiver(id);
        BatchView batch = visible(id, caller);
        var request = new DisposalRequest(CarrierStepController.blankToNull(form.get("methodCode")),
                new QuantityRequest(decimal(form.get("value")), CarrierStepController.blankToNull(form.get("unit"))),
                day(form.get("disposedOn")), null, CarrierStepController.lateEntry(form.get("lateEntry")));
        Long seen = StepPages.seen(form.get("version"));
        Map<String, String> errors = pages.violations(request);
        if (errors.isEmpty()) {
            errors = pages.changedSince(seen, batch.version());
        }
        if (errors.isEmpty()) {
            errors = pages.run(() -> disposals.record(id, batch::wasteCode, caller.enterpriseId(),
                    request.methodCode(), request.quantity().toQuantity(), request.disposedOn(), request.disposedAt(),
                    request.lateEntry(), seen));
            if (errors.isEmpty()) {
                return "redirect:/console/batches/" + id + "/disposal?done=true";
            }
        }
        model.addAttribute("done", false);
        return show(model, visible(id, caller), form, errors);
    }

    /** As the API's access rule: receivers only, and a member role that may write (R21, R29). */
    private Caller receiver(UUID id) {
        Caller caller = currentCaller.find().filter(c -> c.role() == Role.RECEIVER)
                .orElseThrow(() -> new AccessDeniedException("Receivers only"));
        return MemberRoleCheck.require(caller, "/api/v1/batches/" + id + "/disposal");
    }

    private BatchView visible(UUID id, Caller caller) {
        return batches.find(id, readers.of(caller))
                .orElseThrow(() -> CommandRefused.notFound("id", Translatable.of("refused.batch.unknown-batch", id)));
    }

    private String show(Model model, BatchView batch, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("batch", batch);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("otherErrors", StepPages.others(errors, FIELDS));
        model.addAttribute("lateEntryReasons", LateEntryReason.values());
        return "console/steps/disposal";
    }

    private static BigDecimal decimal(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.trim());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
