package cn.haztrail.manifest.web;

import cn.haztrail.manifest.api.ApproveCorrection;
import cn.haztrail.manifest.api.ProposeCorrection;
import cn.haztrail.manifest.api.RejectCorrection;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.time.StepTimes;
import cn.haztrail.shared.web.StreamVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/manifests/{id}/corrections")
@Tag(name = "Manifests")
class CorrectionController {

    private final CommandGateway commands;
    private final ManifestQueries queries;
    private final ManifestAccess access;
    private final CurrentCaller currentCaller;
    private final StepTimes times;

    CorrectionController(CommandGateway commands, ManifestQueries queries, ManifestAccess access,
                         CurrentCaller currentCaller, StepTimes times) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.currentCaller = currentCaller;
        this.times = times;
    }

    @PostMapping
    @Operation(operationId = "proposeCorrection",
            summary = "Propose a correction of a signed manifest (R20)", description = "It takes effect when every "
            + "other party on the manifest has approved it; old and new values stay in history.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ManifestView> propose(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request) {
        Caller caller = currentCaller.get();
        access.asParty(id, caller);
        UUID correctionId = UUID.randomUUID();
        commands.sendAndWait(new ProposeCorrection(id, correctionId, caller.enterpriseId(), request.changes(),
                request.reason(), times.orNow(request.proposedAt()), request.lateEntry()));
        ManifestView view = queries.find(id.toString(), caller).orElseThrow();
        return StreamVersions.created(URI.create("/api/v1/manifests/" + id + "/corrections/" + correctionId), view,
                view.version());
    }

    @PostMapping("/{correctionId}/approve")
    @Operation(operationId = "approveCorrection",
            summary = "Approve a proposed correction (R20)")
    ResponseEntity<ManifestView> approve(@PathVariable UUID id, @PathVariable UUID correctionId,
                                         @Valid @RequestBody(required = false) DecisionRequest request) {
        Caller caller = currentCaller.get();
        access.asParty(id, caller);
        DecisionRequest decision = request == null ? DecisionRequest.NONE : request;
        commands.sendAndWait(new ApproveCorrection(id, correctionId, caller.enterpriseId(),
                times.orNow(decision.decidedAt()), decision.lateEntry()));
        ManifestView view = queries.find(id.toString(), caller).orElseThrow();
        return StreamVersions.ok(view, view.version());
    }

    @PostMapping("/{correctionId}/reject")
    @Operation(operationId = "rejectCorrection",
            summary = "Reject a proposed correction (R20)")
    ResponseEntity<ManifestView> reject(@PathVariable UUID id, @PathVariable UUID correctionId,
                                        @Valid @RequestBody DecisionRequest request) {
        Caller caller = currentCaller.get();
        access.asParty(id, caller);
        commands.sendAndWait(new RejectCorrection(id, correctionId, caller.enterpriseId(), request.reason(),
                times.orNow(request.decidedAt()), request.lateEntry()));
        ManifestView view = queries.find(id.toString(), caller).orElseThrow();
        return StreamVersions.ok(view, view.version());
    }
}
