package cn.haztrail.manifest.web;

import cn.haztrail.manifest.application.ManifestReceipt;
import cn.haztrail.manifest.application.ManifestTransport;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.web.ExpectedVersion;
import cn.haztrail.shared.web.StreamVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/manifests/{id}")
@Tag(name = "Manifests")
class CustodyStepController {

    /** What every step says about its business time (R25, R26). */
    static final String STEP_TIMES = "The step's time is when it happened in the world: never before the step it "
            + "follows nor more than 5 minutes ahead (R25, 422 naming the earlier step and its time); more than 1 "
            + "working day before it is recorded it needs a lateEntry reason, more than 10 working days is refused "
            + "(R26). Late entries are flagged in the custody chain, the feed and a LATE_ENTRY alert.";

    private final ManifestTransport transport;
    private final ManifestReceipt receipt;
    private final ManifestQueries queries;
    private final ManifestAccess access;
    private final CurrentCaller currentCaller;

    CustodyStepController(ManifestTransport transport, ManifestReceipt receipt, ManifestQueries queries,
                          ManifestAccess access, CurrentCaller currentCaller) {
        this.transport = transport;
        this.receipt = receipt;
        this.queries = queries;
        this.access = access;
        this.currentCaller = currentCaller;
    }

    @PostMapping("/pickup")
    @Operation(operationId = "confirmPickup",
            summary = "Confirm loading and pickup (R02, R13, R14)", description = "By the first carrier, with a "
            + "vehicle registered to it and a permit valid that day. The scanned labels must match the manifest: a "
            + "mismatch refuses loading (422) and the refusal is recorded. " + STEP_TIMES)
    ResponseEntity<ManifestView> pickUp(@PathVariable UUID id, @Valid @RequestBody PickupRequest request,
                                        @ExpectedVersion Long expectedVersion) {
        Caller caller = currentCaller.get();
        var driver = new PersonalDetails(request.driver().name(), request.driver().phone(), null, false);
        transport.pickUp(id, () -> access.asCarrier(id, caller), caller.enterpriseId(), request.vehiclePlate(), driver,
                request.scannedLabelIds(), request.pickedUpAt(), request.lateEntry(), expectedVersion);
        return current(id, caller);
    }

    @PostMapping("/handover")
    @Operation(operationId = "handOver",
            summary = "Multimodal handover, confirmed by both carriers (R15)", description = "Called by the "
            + "carrier holding the waste, it offers it to the next carrier; called by that carrier (with its vehicle), "
            + "it takes custody. " + STEP_TIMES)
    ResponseEntity<ManifestView> handOver(@PathVariable UUID id, @Valid @RequestBody HandoverRequest request) {
        Caller caller = currentCaller.get();
        transport.handOver(id, () -> access.asCarrier(id, caller), caller.enterpriseId(), request.vehiclePlate(),
                request.at(), request.lateEntry());
        return current(id, caller);
    }

    @PostMapping("/arrival")
    @Operation(operationId = "confirmArrival",
            summary = "Confirm arrival at the receiver (R16: receipt due within 5 working days)",
            description = STEP_TIMES)
    ResponseEntity<ManifestView> arrive(@PathVariable UUID id, @Valid @RequestBody ArrivalRequest request) {
        Caller caller = currentCaller.get();
        transport.arrive(id, () -> access.asCarrier(id, caller), caller.enterpriseId(), request.arrivedAt(),
                request.lateEntry());
        return current(id, caller);
    }

    @PostMapping("/receipt")
    @Operation(operationId = "confirmReceipt",
            summary = "Confirm receipt per line: accept, accept part, or reject (R03-R05, R14, R17, R18)",
            description = "Accepted quantities are weighed masses; differences beyond 5 % or in the container count, "
                    + "and any mismatch flag, are recorded as discrepancies. " + STEP_TIMES)
    ResponseEntity<ManifestView> receive(@PathVariable UUID id, @Valid @RequestBody ReceiptRequest request,
                                         @ExpectedVersion Long expectedVersion) {
        Caller caller = currentCaller.get();
        receipt.receive(id, () -> access.asReceiver(id, caller), caller.enterpriseId(),
                request.lines().stream().map(ReceiptRequest.Line::toLine).toList(), request.receivedAt(),
                request.lateEntry(), expectedVersion);
        return current(id, caller);
    }

    private ResponseEntity<ManifestView> current(UUID id, Caller caller) {
        ManifestView view = queries.find(id.toString(), caller).orElseThrow();
        return StreamVersions.ok(view, view.version());
    }
}
