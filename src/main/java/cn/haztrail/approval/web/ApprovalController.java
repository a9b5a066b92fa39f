package cn.haztrail.approval.web;

import cn.haztrail.approval.api.RecordApproval;
import cn.haztrail.approval.command.ApprovalRecording;
import cn.haztrail.approval.query.ApprovalQueries;
import cn.haztrail.approval.query.ApprovalView;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.time.StepTimes;
import cn.haztrail.shared.web.PageResponse;
import cn.haztrail.shared.web.StreamVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "Cross-province transfer approvals (跨省转移审批, R14)")
class ApprovalController {

    private final ApprovalRecording recording;
    private final ApprovalQueries queries;
    private final EnterpriseQueries enterprises;
    private final RegionDirectory regions;
    private final CurrentCaller currentCaller;
    private final StepTimes times;

    ApprovalController(ApprovalRecording recording, ApprovalQueries queries, EnterpriseQueries enterprises,
                       RegionDirectory regions, CurrentCaller currentCaller, StepTimes times) {
        this.recording = recording;
        this.queries = queries;
        this.enterprises = enterprises;
        this.regions = regions;
        this.currentCaller = currentCaller;
        this.times = times;
    }

    @PostMapping
    @Operation(operationId = "recordApproval",
            summary = "Record a cross-province transfer approval (R14)", description = "Regulators of the "
            + "province of origin only: the caller's jurisdiction must contain the consignor's region. Consignor "
            + "and receiver lie in different provinces; the window is at most 12 months; the receiver's licence "
            + "must cover every code by the method for the whole window (R03, R05). Numbers are unique.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ApprovalView> record(@Valid @RequestBody RecordApprovalRequest request) {
        Caller caller = currentCaller.get();
        EnterpriseProfile consignor = enterprises.profile(request.consignorId(), false)
                .orElseThrow(() -> CommandRefused.notFound("consignorId",
                        Translatable.of("refused.approval.unknown-enterprise", request.consignorId())));
        if (!inJurisdiction(caller, consignor.regionCode())) {
            throw new AccessDeniedException("Only the consignor's province grants a transfer approval");
        }
        UUID id = UUID.randomUUID();
        recording.record(new RecordApproval(id, request.number(), request.consignorId(), request.receiverId(),
                request.wasteCodes(), request.methodCode(), request.quantityCapTonnes(), request.validFrom(),
                request.validTo(), times.orNow(request.approvedAt())));
        ApprovalView approval = queries.find(id).orElseThrow();
        return StreamVersions.created(URI.create("/api/v1/approvals/" + id), approval, approval.version());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getApproval",
            summary = "An approval with the quantity drawn and left",
            description = "Regulators whose jurisdiction contains either side, the consignor and the receiver.")
    ResponseEntity<ApprovalView> get(@PathVariable UUID id) {
        Caller caller = currentCaller.get();
        ApprovalView approval = queries.find(id).filter(found -> visibleTo(caller, found))
                .orElseThrow(() -> CommandRefused.notFound("id",
                        Translatable.of("refused.approval.unknown-approval", id)));
        return StreamVersions.ok(approval, approval.version());
    }

    @GetMapping
    @Operation(operationId = "listApprovals",
            summary = "List the approvals the caller may see, newest window first",
            description = "A regulator sees approvals with either side in its jurisdiction; a party those naming it.")
    PageResponse<ApprovalView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Caller caller = currentCaller.get();
        if (caller.isRegulator() && caller.jurisdiction() != null) {
            return queries.inJurisdiction(caller.jurisdiction(), page, size);
        }
        if (caller.enterpriseId() != null) {
            return queries.forParty(caller.enterpriseId(), page, size);
        }
        return new PageResponse<>(List.of(), page, size, 0);
    }

    private boolean visibleTo(Caller caller, ApprovalView approval) {
        if (caller.isRegulator()) {
            return inJurisdiction(caller, approval.consignor().regionCode())
                    || inJurisdiction(caller, approval.receiver().regionCode());
        }
        return caller.actsFor(approval.consignor().id()) || caller.actsFor(approval.receiver().id());
    }

    private boolean inJurisdiction(Caller caller, String regionCode) {
        return caller.isRegulator() && caller.jurisdiction() != null
                && regions.contains(caller.jurisdiction(), regionCode);
    }
}
