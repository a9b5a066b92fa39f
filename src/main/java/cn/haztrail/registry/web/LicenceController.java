package cn.haztrail.registry.web;

import cn.haztrail.registry.api.AmendLicence;
import cn.haztrail.registry.api.GrantLicence;
import cn.haztrail.registry.api.ReinstateLicence;
import cn.haztrail.registry.api.RevokeLicence;
import cn.haztrail.registry.api.SuspendLicence;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.LicenceView;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.web.ExpectedVersion;
import cn.haztrail.shared.web.StreamVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/enterprises/{id}/licences")
@Tag(name = "Registry")
class LicenceController {

    private final CommandGateway commands;
    private final EnterpriseQueries queries;

    LicenceController(CommandGateway commands, EnterpriseQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @Operation(operationId = "grantLicence",
            summary = "Grant a business licence (R03, R04, R05)", description = "Administrators only. One line "
            + "per category or exact code (with exclusions), each with its approved methods and, where the licence "
            + "states one, its own annual capacity (at most the total); a collection licence may name "
            + "storage/collection methods only (R05); validity at most 5 years (comprehensive) or 3 (collection).")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<LicenceView> grant(@PathVariable UUID id, @Valid @RequestBody GrantLicenceRequest request,
                                      @ExpectedVersion Long expectedVersion) {
        UUID licenceId = UUID.randomUUID();
        commands.sendAndWait(new GrantLicence(id, licenceId, request.number(), request.mode(),
                request.licenceLines(), request.annualCapacityTonnes(), request.validFrom(), request.validTo(),
                expectedVersion));
        return StreamVersions.created(URI.create("/api/v1/enterprises/" + id + "/licences/" + licenceId),
                licence(id, licenceId), queries.version(id));
    }

    @GetMapping("/{licenceId}")
    @Operation(operationId = "getLicence",
            summary = "A licence in its current terms")
    ResponseEntity<LicenceView> get(@PathVariable UUID id, @PathVariable UUID licenceId) {
        return StreamVersions.ok(licence(id, licenceId), queries.version(id));
    }

    @PostMapping("/{licenceId}/amend")
    @Operation(operationId = "amendLicence",
            summary = "Amend a licence's lines, total capacity or expiry; the old terms stay in history")
    ResponseEntity<LicenceView> amend(@PathVariable UUID id, @PathVariable UUID licenceId,
                                      @Valid @RequestBody AmendLicenceRequest request,
                                      @ExpectedVersion Long expectedVersion) {
        commands.sendAndWait(new AmendLicence(id, licenceId, request.licenceLines(), request.annualCapacityTonnes(),
                request.validTo(), request.reason(), expectedVersion));
        return StreamVersions.ok(licence(id, licenceId), queries.version(id));
    }

    @PostMapping("/{licenceId}/suspend")
    @Operation(operationId = "suspendLicence",
            summary = "Suspend a licence")
    ResponseEntity<LicenceView> suspend(@PathVariable UUID id, @PathVariable UUID licenceId,
                                        @Valid @RequestBody StatusChangeRequest request,
                                        @ExpectedVersion Long expectedVersion) {
        commands.sendAndWait(new SuspendLicence(id, licenceId, request.reason(), expectedVersion));
        return StreamVersions.ok(licence(id, licenceId), queries.version(id));
    }

    @PostMapping("/{licenceId}/reinstate")
    @Operation(operationId = "reinstateLicence",
            summary = "Reinstate a suspended licence")
    ResponseEntity<LicenceView> reinstate(@PathVariable UUID id, @PathVariable UUID licenceId,
                                          @Valid @RequestBody StatusChangeRequest request,
                                          @ExpectedVersion Long expectedVersion) {
        commands.sendAndWait(new ReinstateLicence(id, licenceId, request.reason(), expectedVersion));
        return StreamVersions.ok(licence(id, licenceId), queries.version(id));
    }

    @PostMapping("/{licenceId}/revoke")
    @Operation(operationId = "revokeLicence",
            summary = "Revoke a licence for good")
    ResponseEntity<LicenceView> revoke(@PathVariable UUID id, @PathVariable UUID licenceId,
                                       @Valid @RequestBody StatusChangeRequest request,
                                       @ExpectedVersion Long expectedVersion) {
        commands.sendAndWait(new RevokeLicence(id, licenceId, request.reason(), expectedVersion));
        return StreamVersions.ok(licence(id, licenceId), queries.version(id));
    }

    private LicenceView licence(UUID id, UUID licenceId) {
        return queries.licence(id, licenceId)
                .orElseThrow(() -> CommandRefused.notFound("licenceId",
                        Translatable.of("refused.registry.unknown-licence", licenceId, id)));
    }
}
