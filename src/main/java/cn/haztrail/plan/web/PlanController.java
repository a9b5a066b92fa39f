package cn.haztrail.plan.web;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.plan.api.AmendPlan;
import cn.haztrail.plan.api.FilePlan;
import cn.haztrail.plan.api.PlanIds;
import cn.haztrail.plan.api.RecordPlanFiling;
import cn.haztrail.plan.api.ReturnPlan;
import cn.haztrail.plan.query.MissingPlanView;
import cn.haztrail.plan.query.PlanQueries;
import cn.haztrail.plan.query.PlanView;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.time.StepTimes;
import cn.haztrail.shared.web.ExpectedVersion;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Management plans", description = "Annual management plans (危险废物管理计划备案, R30-R32)")
class PlanController {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final CommandGateway commands;
    private final PlanQueries queries;
    private final RegionDirectory regions;
    private final CurrentCaller currentCaller;
    private final StepTimes times;

    PlanController(CommandGateway commands, PlanQueries queries, RegionDirectory regions,
                   CurrentCaller currentCaller, StepTimes times) {
        this.commands = commands;
        this.queries = queries;
        this.regions = regions;
        this.currentCaller = currentCaller;
        this.times = times;
    }

    @PostMapping
    @Operation(operationId = "filePlan", summary = "File the caller's management plan for a year (R30)",
            description = "Producers, for their own enterprise; one plan per year (a second filing is 409: amend "
                    + "it). Codes of the current catalogue, each once, with positive tonnes; at least one storage "
                    + "facility; planned receivers registered receivers or collectors with a known method.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PlanView> file(@Valid @RequestBody FilePlanRequest request) {
        Caller caller = currentCaller.get();
        UUID id = PlanIds.of(caller.enterpriseId(), request.year());
        commands.sendAndWait(new FilePlan(id, caller.enterpriseId(), request.year(), request.toContents(),
                times.orNow(null)));
        PlanView plan = visible(id, caller);
        return StreamVersions.created(URI.create("/api/v1/plans/" + id), plan, plan.streamVersion());
    }

    @PostMapping("/{id}/amendment")
    @Operation(operationId = "amendPlan", summary = "File a new version of the plan (R30)",
            description = "The producer only. The new version replaces the contents and waits for the regulator, "
                    + "also after a recording or a return; until it is recorded the figures are held against the "
                    + "version recorded before (R31, R32).")
    ResponseEntity<PlanView> amend(@PathVariable UUID id, @Valid @RequestBody AmendPlanRequest request,
                                   @ExpectedVersion Long expectedVersion) {
        Caller caller = currentCaller.get();
        visible(id, caller);
        commands.sendAndWait(new AmendPlan(id, caller.enterpriseId(), request.toContents(),
                expectedVersion, times.orNow(null)));
        PlanView plan = visible(id, caller);
        return StreamVersions.ok(plan, plan.streamVersion());
    }

    @PostMapping("/{id}/recording")
    @Operation(operationId = "recordPlanFiling", summary = "Record the plan's latest version with a filing number (R30)",
            description = "Regulators whose jurisdiction contains the producer's region; a version is recorded or "
                    + "returned once (409), an amendment needs recording again.")
    ResponseEntity<PlanView> record(@PathVariable UUID id, @Valid @RequestBody RecordFilingRequest request,
                                    @ExpectedVersion Long expectedVersion) {
        Caller caller = currentCaller.get();
        visible(id, caller);
        commands.sendAndWait(new RecordPlanFiling(id, request.filingNumber(), caller.jurisdiction(), expectedVersion,
                times.orNow(null)));
        PlanView plan = visible(id, caller);
        return StreamVersions.ok(plan, plan.streamVersion());
    }

    @PostMapping("/{id}/return")
    @Operation(operationId = "returnPlan", summary = "Return the plan's latest version with reasons (R30)",
            description = "Regulators whose jurisdiction contains the producer's region; the producer amends it.")
    ResponseEntity<PlanView> giveBack(@PathVariable UUID id, @Valid @RequestBody ReturnPlanRequest request,
                                      @ExpectedVersion Long expectedVersion) {
        Caller caller = currentCaller.get();
        visible(id, caller);
        commands.sendAndWait(new ReturnPlan(id, request.reasons(), caller.jurisdiction(), expectedVersion,
                times.orNow(null)));
        PlanView plan = visible(id, caller);
        return StreamVersions.ok(plan, plan.streamVersion());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPlan", summary = "A management plan with every version and its answer",
            description = "Its producer, regulators whose jurisdiction contains the producer, administrators.")
    ResponseEntity<PlanView> get(@PathVariable UUID id) {
        PlanView plan = visible(id, currentCaller.get());
        return StreamVersions.ok(plan, plan.streamVersion());
    }

    @GetMapping
    @Operation(operationId = "listPlans", summary = "List the plans the caller may see, newest year first",
            description = "A producer its own; a regulator those of producers in its jurisdiction; an "
                    + "administrator every one.")
    PageResponse<PlanView> list(@RequestParam(required = false) @Min(2000) @Max(2999) Integer year,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Caller caller = currentCaller.get();
        if (caller.isRegulator()) {
            return queries.inJurisdiction(caller.jurisdiction(), year, page, size);
        }
        if (caller.isAdmin()) {
            return queries.all(year, page, size);
        }
        if (caller.enterpriseId() != null) {
            return queries.forProducer(caller.enterpriseId(), year, page, size);
        }
        return new PageResponse<>(List.of(), page, size, 0);
    }

    @GetMapping("/missing")
    @Operation(operationId = "listProducersWithoutPlan",
            summary = "Producers of the caller's jurisdiction without a recorded plan for the year (R30)",
            description = "Regulators; the year is the current one (Asia/Shanghai) unless given. Registered producers, and every enterprise that registered waste generated "
                    + "in the year, whose plan for it is not recorded (none, filed and waiting, or returned).")
    PageResponse<MissingPlanView> missing(@RequestParam(required = false) @Min(2000) @Max(2999) Integer year,
                                          @RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        int asked = year != null ? year : times.now().atZone(SHANGHAI).getYear();
        return queries.missing(currentCaller.get().jurisdiction(), asked, page, size);
    }

    private PlanView visible(UUID id, Caller caller) {
        return queries.find(id).filter(plan -> visibleTo(caller, plan)).orElseThrow(() ->
                CommandRefused.notFound("id", Translatable.of("refused.plan.unknown-plan", id)));
    }

    private boolean visibleTo(Caller caller, PlanView plan) {
        if (caller.isAdmin()) {
            return true;
        }
        if (caller.isRegulator()) {
            return regions.contains(caller.jurisdiction(), plan.producer().regionCode());
        }
        return caller.actsFor(plan.producer().id());
    }
}
