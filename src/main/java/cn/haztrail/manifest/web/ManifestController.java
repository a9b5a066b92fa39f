package cn.haztrail.manifest.web;

import cn.haztrail.manifest.api.ExemptLine;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.manifest.application.ManifestDraft;
import cn.haztrail.manifest.application.ManifestDrafting;
import cn.haztrail.manifest.application.ManifestSubmission;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.web.ExpectedVersion;
import cn.haztrail.shared.web.PageResponse;
import cn.haztrail.shared.web.StreamVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/manifests")
@Tag(name = "Manifests", description = "Electronic transfer manifests (电子转移联单): draft, submit, cancel, read")
class ManifestController {

    private final ManifestDrafting drafting;
    private final ManifestSubmission submission;
    private final ManifestQueries queries;
    private final ManifestAccess access;
    private final CurrentCaller currentCaller;

    ManifestController(ManifestDrafting drafting, ManifestSubmission submission, ManifestQueries queries,
                       ManifestAccess access, CurrentCaller currentCaller) {
        this.drafting = drafting;
        this.submission = submission;
        this.queries = queries;
        this.access = access;
        this.currentCaller = currentCaller;
    }

    @PostMapping
    @Operation(operationId = "draftManifest",
            summary = "Draft a manifest (R10, R14); its batches are allocated to it (R08)",
            description = "The consignor is the caller's enterprise. Across provinces an approval is required. "
                    + CustodyStepController.STEP_TIMES)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ManifestView> draft(@Valid @RequestBody DraftManifestRequest request) {
        Caller caller = currentCaller.get();
        UUID id = UUID.randomUUID();
        drafting.draft(new ManifestDraft(id, request.kind() == null ? ManifestKind.TRANSFER : request.kind(),
                caller.enterpriseId(), request.receiverId(), request.carrierIds(), request.vehiclePlate(),
                request.plannedDate(), request.batchIds(), request.plannedMethod(), request.approvalId(),
                request.emergencyMeasures(), request.previousManifestId(), request.draftedAt(),
                request.lateEntry(), request.exemptLines() == null ? List.of() : request.exemptLines().stream()
                        .map(line -> new ExemptLine(line.batchId(), line.exemptionId())).toList()));
        ManifestView view = view(id.toString(), caller);
        return StreamVersions.created(URI.create("/api/v1/manifests/" + id), view, view.version());
    }

    @GetMapping("/{idOrNumber}")
    @Operation(operationId = "getManifest",
            summary = "A manifest by id or 14-digit number", description = "Its parties and the regulators of "
            + "its origin or destination (R21).")
    ResponseEntity<ManifestView> get(@PathVariable String idOrNumber) {
        ManifestView view = view(idOrNumber, currentCaller.get());
        return StreamVersions.ok(view, view.version());
    }

    @GetMapping
    @Operation(operationId = "listManifests",
            summary = "The caller's manifests", description = "A party's own (role = CONSIGNOR, CARRIER or "
            + "RECEIVER narrows to one capacity), a regulator's jurisdiction, everything for administrators.")
    PageResponse<ManifestView> list(
            @RequestParam(required = false) ManifestStatus status,
            @RequestParam(required = false) @Pattern(regexp = "CONSIGNOR|CARRIER|RECEIVER",
                    message = "must be CONSIGNOR, CARRIER or RECEIVER") String role,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.list(currentCaller.get(), status, role, page, size);
    }

    @PostMapping("/{id}/submit")
    @Operation(operationId = "submitManifest",
            summary = "Sign and submit: the receiver's licence is checked (R03-R05) and the number assigned (R11)",
            description = "The body is optional: without it the manifest is submitted when recorded. "
                    + CustodyStepController.STEP_TIMES)
    ResponseEntity<ManifestView> submit(@PathVariable UUID id, @ExpectedVersion Long expectedVersion,
                                        @Valid @RequestBody(required = false) SubmitRequest request) {
        Caller caller = currentCaller.get();
        SubmitRequest at = request == null ? SubmitRequest.NOW : request;
        submission.submit(id, () -> access.asConsignor(id, caller), expectedVersion, at.submittedAt(), at.lateEntry());
        return current(id, caller);
    }

    @PostMapping("/{id}/cancel")
    @Operation(operationId = "cancelManifest",
            summary = "Cancel before pickup (R12); the batches are freed, the number stays used",
            description = CustodyStepController.STEP_TIMES)
    ResponseEntity<ManifestView> cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest request,
                                        @ExpectedVersion Long expectedVersion) {
        Caller caller = currentCaller.get();
        submission.cancel(id, () -> access.asConsignor(id, caller), request.reason(), expectedVersion,
                request.cancelledAt(), request.lateEntry());
        return current(id, caller);
    }

    private ResponseEntity<ManifestView> current(UUID id, Caller caller) {
        ManifestView view = view(id.toString(), caller);
        return StreamVersions.ok(view, view.version());
    }

    private ManifestView view(String idOrNumber, Caller caller) {
        return queries.find(idOrNumber, caller)
                .orElseThrow(() -> CommandRefused.notFound("id",
                        Translatable.of("refused.manifest.unknown-manifest", idOrNumber)));
    }
}
