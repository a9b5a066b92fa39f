package cn.haztrail.exemption.web;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.exemption.api.RecordExemption;
import cn.haztrail.exemption.api.RevokeExemption;
import cn.haztrail.exemption.query.ExemptionQueries;
import cn.haztrail.exemption.query.ExemptionView;
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
import org.axonframework.commandhandling.gateway.CommandGateway;
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
@RequestMapping("/api/v1/exemptions")
@Tag(name = "Exemptions", description = "Point-to-point targeted-utilization exemptions (点对点定向利用豁免, R36-R38)")
class ExemptionController {

    private final CommandGateway commands;
    private final ExemptionQueries queries;
    private final EnterpriseQueries enterprises;
    private final RegionDirectory regions;
    private final CurrentCaller currentCaller;
    private final StepTimes times;

    ExemptionController(CommandGateway commands, ExemptionQueries queries, EnterpriseQueries enterprises,
                        RegionDirectory regions, CurrentCaller currentCaller, StepTimes times) {
        this.commands = commands;
        this.queries = queries;
        this.enterprises = enterprises;
        this.regions = regions;
        this.currentCaller = currentCaller;
        this.times = times;
    }

    @PostMapping
    @Operation(operationId = "recordExemption", summary = "Record a targeted-utilization exemption (R36)",
            description = "Regulators whose jurisdiction contains the producer's region only. The utilizer is a "
                    + "registered receiver, the code one of the current catalogue, the method a utilization R-code, "
                    + "the cap above zero, validTo not before validFrom (R36). A manifest line under it does not need "
                    + "the utilizer's business licence for the code (R03) but is capped and dated (R37).")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ExemptionView> record(@Valid @RequestBody RecordExemptionRequest request) {
        Caller caller = currentCaller.get();
        EnterpriseProfile producer = enterprises.profile(request.producerId(), false)
                .orElseThrow(() -> CommandRefused.notFound("producerId",
                        Translatable.of("refused.exemption.unknown-enterprise", request.producerId())));
        if (!inJurisdiction(caller, producer.regionCode())) {
            throw new AccessDeniedException("Only the producer's regulator grants a targeted-utilization exemption");
        }
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new RecordExemption(id, request.producerId(), request.utilizerId(), request.wasteCode(),
                request.methodCode(), request.quantityCapTonnes(), request.validFrom(), request.validTo(),
                times.orNow(request.grantedAt())));
        ExemptionView exemption = queries.find(id).orElseThrow();
        return StreamVersions.created(URI.create("/api/v1/exemptions/" + id), exemption, exemption.version());
    }

    @PostMapping("/{id}/revocation")
    @Operation(operationId = "revokeExemption", summary = "Revoke an exemption, with a reason (R36)",
            description = "Regulators whose jurisdiction contains the producer's region. Receipts can no longer "
                    + "draw on it (R37); what was drawn stays drawn. Revoked once.")
    ResponseEntity<ExemptionView> revoke(@PathVariable UUID id, @Valid @RequestBody RevokeExemptionRequest request) {
        Caller caller = currentCaller.get();
        ExemptionView found = queries.find(id).filter(exemption -> visibleTo(caller, exemption))
                .orElseThrow(() -> unknown(id));
        if (!inJurisdiction(caller, found.producer().regionCode())) {
            throw new AccessDeniedException("Only the producer's regulator revokes a targeted-utilization exemption");
        }
        commands.sendAndWait(new RevokeExemption(id, request.reason(), times.orNow(request.revokedAt())));
        ExemptionView exemption = queries.find(id).orElseThrow();
        return StreamVersions.ok(exemption, exemption.version());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getExemption", summary = "An exemption with the quantity drawn and left, and its draws",
            description = "Regulators whose jurisdiction contains either side, the producer and the utilizer (R21).")
    ResponseEntity<ExemptionView> get(@PathVariable UUID id) {
        Caller caller = currentCaller.get();
        ExemptionView exemption = queries.find(id).filter(found -> visibleTo(caller, found))
                .orElseThrow(() -> unknown(id));
        return StreamVersions.ok(exemption, exemption.version());
    }

    @GetMapping
    @Operation(operationId = "listExemptions", summary = "List the exemptions the caller may see, newest window first",
            description = "A regulator sees exemptions with either side in its jurisdiction; a party those naming it.")
    PageResponse<ExemptionView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
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

    private static CommandRefused unknown(UUID id) {
        return CommandRefused.notFound("id", Translatable.of("refused.exemption.unknown-exemption", id));
    }

    private boolean visibleTo(Caller caller, ExemptionView exemption) {
        if (caller.isRegulator()) {
            return inJurisdiction(caller, exemption.producer().regionCode())
                    || inJurisdiction(caller, exemption.utilizer().regionCode());
        }
        return caller.actsFor(exemption.producer().id()) || caller.actsFor(exemption.utilizer().id());
    }

    private boolean inJurisdiction(Caller caller, String regionCode) {
        return caller.isRegulator() && caller.jurisdiction() != null
                && regions.contains(caller.jurisdiction(), regionCode);
    }
}
