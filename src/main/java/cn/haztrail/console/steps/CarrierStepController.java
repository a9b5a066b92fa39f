package cn.haztrail.console.steps;

import cn.haztrail.manifest.application.ManifestTransport;
import cn.haztrail.manifest.web.ArrivalRequest;
import cn.haztrail.manifest.web.HandoverRequest;
import cn.haztrail.manifest.web.ManifestAccess;
import cn.haztrail.manifest.web.PickupRequest;
import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.time.LateEntryReason;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A driver's pages on a phone: pickup, handover and arrival. Each builds the API's request record, validates it as
 * the API does and calls the same service with the same access check (R13-R16, R25, R26, R29).
 */
@Controller
@RequestMapping("/console/manifests/{id}")
class CarrierStepController {

    private static final Map<String, Set<String>> FIELDS = Map.of(
            "pickup", Set.of("vehiclePlate", "driver.name", "driver.phone", "scannedLabelIds", "pickedUpAt", "lateEntry"),
            "handover", Set.of("vehiclePlate", "at", "lateEntry"),
            "arrival", Set.of("arrivedAt", "lateEntry"));

    private final StepPages pages;
    private final ManifestAccess access;
    private final ManifestTransport transport;

    CarrierStepController(StepPages pages, ManifestAccess access, ManifestTransport transport) {
        this.pages = pages;
        this.access = access;
        this.transport = transport;
    }

    @GetMapping("/{step:pickup|handover|arrival}")
    String page(@PathVariable UUID id, @PathVariable String step, @RequestParam(defaultValue = "false") boolean done,
                Model model) {
        Caller caller = pages.caller(id, step);
        access.asCarrier(id, caller);
        model.addAttribute("done", done);
        return show(model, id, step, caller, Map.of(), Map.of("at", pages.now()));
    }

    @PostMapping("/pickup")
    String pickUp(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        Caller caller = pages.caller(id, "pickup");
        var request = new PickupRequest(blankToNull(form.get("vehiclePlate")),
                new PickupRequest.DriverRequest(blankToNull(form.get("driverName")), blankToNull(form.get("driverPhone"))),
                labels(form.get("labels")), pages.instant(form.get("at")), lateEntry(form.get("lateEntry")));
        return step(id, "pickup", caller, request, form, model, seen -> transport.pickUp(
                id, () -> access.asCarrier(id, caller), caller.enterpriseId(), request.vehiclePlate(),
                new PersonalDetails(request.driver().name(), request.driver().phone(), null, false),
                request.scannedLabelIds(), request.pickedUpAt(), request.lateEntry(), seen));
    }

    @PostMapping("/handover")
    String handOver(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        Caller caller = pages.caller(id, "handover");
        var request = new HandoverRequest(blankToNull(form.get("vehiclePlate")), pages.instant(form.get("at")),
                lateEntry(form.get("lateEntry")));
        return step(id, "handover", caller, request, form, model, seen -> transport.handOver(
                id, () -> access.asCarrier(id, caller), caller.enterpriseId(), request.vehiclePlate(), request.at(),
                request.lateEntry()));
    }

    @PostMapping("/arrival")
    String arrive(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        Caller caller = pages.caller(id, "arrival");
        var request = new ArrivalRequest(pages.instant(form.get("at")), lateEntry(form.get("lateEntry")));
        return step(id, "arrival", caller, request, form, model, seen -> transport.arrive(
                id, () -> access.asCarrier(id, caller), caller.enterpriseId(), request.arrivedAt(),
                request.lateEntry()));
    }

    /**
     * Validates as the API does, then takes the step only on the manifest version the person saw, checked against
     * the current one first (the aggregate reports a stale version only once the step would otherwise succeed);
     * pickup also passes it to the aggregate, as the API's If-Match does, which closes the gap before the write.
     * Handover and arrival take no expected version in the API, so the check here is all they get.
     */
    private String step(UUID id, String step, Caller caller, Object request, Map<String, String> form, Model model,
                        Consumer<Long> command) {
        Long seen = StepPages.seen(form.get("version"));
        Map<String, String> errors = pages.violations(request);
        if (errors.isEmpty()) {
            errors = pages.changedSince(seen, pages.manifest(id, caller).version());
        }
        if (errors.isEmpty()) {
            errors = pages.run(() -> command.accept(seen));
            if (errors.isEmpty()) {
                return "redirect:/console/manifests/" + id + "/" + step + "?done=true";
            }
        }
        model.addAttribute("done", false);
        return show(model, id, step, caller, errors, form);
    }

    private String show(Model model, UUID id, String step, Caller caller, Map<String, String> errors,
                        Map<String, String> form) {
        pages.header(model, id, caller);
        model.addAttribute("errors", errors);
        model.addAttribute("otherErrors", StepPages.others(errors, FIELDS.get(step)));
        model.addAttribute("form", form);
        model.addAttribute("lateEntryReasons", LateEntryReason.values());
        return "console/steps/" + step;
    }

    /** One label per line, or separated by spaces or commas as a scanner may type them. */
    static List<String> labels(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\s,;]+"))
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList();
    }

    static LateEntryReason lateEntry(String reason) {
        return reason == null || reason.isBlank() ? null : LateEntryReason.valueOf(reason);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
