package cn.haztrail.registry.web;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.registry.api.GrantTransportPermit;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.RegisterVehicle;
import cn.haztrail.registry.application.EnterpriseRegistration;
import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.EnterpriseSummary;
import cn.haztrail.registry.query.PermitView;
import cn.haztrail.registry.query.VehicleView;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.security.Role;
import cn.haztrail.shared.web.ExpectedVersion;
import cn.haztrail.shared.web.PageResponse;
import cn.haztrail.shared.web.StreamVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Registry", description = "Enterprises (产生单位, 收集单位, 承运人, 接受单位), permits and vehicles")
class EnterpriseController {

    private final CommandGateway commands;
    private final EnterpriseQueries queries;
    private final EnterpriseRegistration registration;
    private final RegionDirectory regions;
    private final CurrentCaller currentCaller;

    EnterpriseController(CommandGateway commands, EnterpriseQueries queries, EnterpriseRegistration registration,
                         RegionDirectory regions, CurrentCaller currentCaller) {
        this.commands = commands;
        this.queries = queries;
        this.registration = registration;
        this.regions = regions;
        this.currentCaller = currentCaller;
    }

    @PostMapping
    @Operation(operationId = "registerEnterprise",
            summary = "Register an enterprise (R01)", description = "Administrators only. The credit code's check "
            + "character is verified and a code can be registered once. The contact person is kept outside the "
            + "event history.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EnterpriseProfile> register(@Valid @RequestBody RegisterEnterpriseRequest request) {
        UUID id = UUID.randomUUID();
        var contact = request.contact();
        registration.register(id, request.creditCode(), request.name(), request.regionCode(), request.address(),
                new PersonalDetails(contact.name(), contact.phone(), contact.email(), false), request.roles());
        EnterpriseProfile profile = profileFor(id);
        return StreamVersions.created(URI.create("/api/v1/enterprises/" + id), profile, profile.version());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getEnterprise",
            summary = "An enterprise with its licences, permits and vehicles",
            description = "Any signed-in account; the contact person only for the enterprise itself, "
                    + "administrators and the regulators whose jurisdiction holds its region (R21).")
    ResponseEntity<EnterpriseProfile> get(@PathVariable UUID id) {
        EnterpriseProfile profile = profileFor(id);
        return StreamVersions.ok(profile, profile.version());
    }

    @GetMapping
    @Operation(operationId = "listEnterprises",
            summary = "List enterprises by role and region",
            description = "region is a 6-digit division code: a province code (360000) lists the province, a city "
                    + "code (360200) the city, a county code the county.")
    PageResponse<EnterpriseSummary> list(
            @RequestParam(required = false) PartyRole role,
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code")
            String region,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.search(role, region, page, size);
    }

    @PostMapping("/{id}/permits")
    @Operation(operationId = "grantPermit",
            summary = "Grant a transport permit to a carrier (R02)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PermitView> grantPermit(@PathVariable UUID id, @Valid @RequestBody GrantPermitRequest request,
                                           @ExpectedVersion Long expectedVersion) {
        UUID permitId = UUID.randomUUID();
        commands.sendAndWait(new GrantTransportPermit(id, permitId, request.number(), request.validFrom(),
                request.validTo(), expectedVersion));
        return StreamVersions.created(URI.create("/api/v1/enterprises/" + id + "/permits/" + permitId),
                queries.permit(id, permitId).orElseThrow(), queries.version(id));
    }

    @PostMapping("/{id}/vehicles")
    @Operation(operationId = "registerVehicle",
            summary = "Register a vehicle to a carrier (R02)", description = "Administrators, or the carrier itself.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<VehicleView> registerVehicle(@PathVariable UUID id,
                                                @Valid @RequestBody RegisterVehicleRequest request,
                                                @ExpectedVersion Long expectedVersion) {
        Caller caller = currentCaller.get();
        if (!caller.isAdmin() && !(caller.role() == Role.CARRIER && caller.actsFor(id))) {
            throw new AccessDeniedException("Only administrators and the carrier itself register its vehicles");
        }
        commands.sendAndWait(new RegisterVehicle(id, request.plate(), request.operatingPermitNo(), expectedVersion));
        return StreamVersions.created(URI.create("/api/v1/enterprises/" + id + "/vehicles/" + request.plate()),
                queries.vehicle(id, request.plate()).orElseThrow(), queries.version(id));
    }

    private EnterpriseProfile profileFor(UUID id) {
        Caller caller = currentCaller.get();
        EnterpriseProfile profile = queries.profile(id, false)
                .orElseThrow(() -> CommandRefused.notFound("id",
                        Translatable.of("refused.registry.unknown-enterprise", id)));
        return mayReadContact(caller, profile) ? queries.profile(id, true).orElseThrow() : profile;
    }

    /** A contact person is personal data: a regulator reads it only inside its jurisdiction (R21). */
    private boolean mayReadContact(Caller caller, EnterpriseProfile profile) {
        return caller.isAdmin() || caller.actsFor(profile.id()) || (caller.isRegulator()
                && caller.jurisdiction() != null && regions.contains(caller.jurisdiction(), profile.regionCode()));
    }
}
