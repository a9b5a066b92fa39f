package cn.haztrail.collection.web;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.collection.api.AddRoundStop;
import cn.haztrail.collection.api.CompleteCollectionRound;
import cn.haztrail.collection.api.PlanCollectionRound;
import cn.haztrail.collection.api.StartCollectionRound;
import cn.haztrail.collection.query.CollectionRoundQueries;
import cn.haztrail.collection.query.CollectionRoundView;
import cn.haztrail.collection.query.StopManifests;
import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
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
@RequestMapping("/api/v1/collection-rounds")
@Tag(name = "Collection rounds", description = "Collection rounds (收集批次, R42-R44, R46): one vehicle, one trip, "
        + "one manifest per producer")
class CollectionRoundController {

    private final CommandGateway commands;
    private final CollectionRoundQueries queries;
    private final StopManifests stopManifests;
    private final EnterpriseQueries enterprises;
    private final RegionDirectory regions;
    private final CurrentCaller currentCaller;

    CollectionRoundController(CommandGateway commands, CollectionRoundQueries queries, StopManifests stopManifests,
                              EnterpriseQueries enterprises, RegionDirectory regions, CurrentCaller currentCaller) {
        this.commands = commands;
        this.queries = queries;
        this.stopManifests = stopManifests;
        this.enterprises = enterprises;
        this.regions = regions;
        this.currentCaller = currentCaller;
    }

    @PostMapping
    @Operation(operationId = "planCollectionRound", summary = "Plan a collection round (R42)",
            description = "Members of the collector (a collector, or a receiver such as a medical-waste disposal "
                    + "centre) only. Names a registered carrier, its vehicle and the day of the trip.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CollectionRoundView> plan(@Valid @RequestBody PlanCollectionRoundRequest request) {
        Caller caller = currentCaller.get();
        if (!caller.actsFor(request.collectorId())) {
            throw new AccessDeniedException("Only the collector's members plan its rounds");
        }
        requireRole(request.collectorId(), "collectorId", "refused.collection.not-a-collector", "COLLECTOR", "RECEIVER");
        requireRole(request.carrierId(), "carrierId", "refused.collection.not-a-carrier", "CARRIER");
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new PlanCollectionRound(id, request.collectorId(), request.carrierId(),
                request.vehiclePlate(), request.plannedDay()));
        CollectionRoundView round = queries.find(id).orElseThrow();
        return StreamVersions.created(URI.create("/api/v1/collection-rounds/" + id), round, round.version());
    }

    @PostMapping("/{id}/stops")
    @Operation(operationId = "addCollectionRoundStop", summary = "Add a producer's manifest as the next stop (R43, R44)",
            description = "The collector's members, while the round is planned. The manifest is drafted or submitted, "
                    + "to the round's collector, naming its carrier and vehicle, and on no other round not yet "
                    + "completed; one manifest per producer. A manifest "
                    + "with a medical batch (HW01) whose 48 hours end before the end of the round's day is refused "
                    + "(R44). The manifest's facts are read from the manifests' read model before the command is sent.")
    ResponseEntity<CollectionRoundView> addStop(@PathVariable UUID id, @Valid @RequestBody AddRoundStopRequest request) {
        requireCollector(id);
        var manifest = stopManifests.find(request.manifestId()).orElseThrow(() -> CommandRefused.notFound(
                "manifestId", Translatable.of("refused.collection.unknown-manifest", request.manifestId())));
        return sent(id, new AddRoundStop(id, manifest));
    }

    @PostMapping("/{id}/start")
    @Operation(operationId = "startCollectionRound", summary = "The vehicle sets out on the round (R42)",
            description = "The collector's members, once, for a planned round with at least one stop.")
    ResponseEntity<CollectionRoundView> start(@PathVariable UUID id) {
        requireCollector(id);
        return sent(id, new StartCollectionRound(id, null));
    }

    @PostMapping("/{id}/completion")
    @Operation(operationId = "completeCollectionRound", summary = "The vehicle is back: the round is over (R42)",
            description = "The collector's members, once, for a round under way, whether or not every stop was "
                    + "collected. Records the stops picked up, in the order of pickup, and the stops not collected, "
                    + "which are released and may join another round.")
    ResponseEntity<CollectionRoundView> complete(@PathVariable UUID id) {
        requireCollector(id);
        return sent(id, new CompleteCollectionRound(id, null));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCollectionRound",
            summary = "A round with its stops, each manifest's status and pickup",
            description = "The collector, the carrier, the stops' producers, and regulators whose jurisdiction "
                    + "contains the collector or a stop's producer (R21).")
    ResponseEntity<CollectionRoundView> get(@PathVariable UUID id) {
        CollectionRoundView round = visible(id);
        return StreamVersions.ok(round, round.version());
    }

    @GetMapping
    @Operation(operationId = "listCollectionRounds", summary = "List the rounds the caller may see, latest day first",
            description = "A party sees the rounds it runs, carries or has a stop on; a regulator those with the "
                    + "collector or a producer in its jurisdiction. Stops are left out of lists.")
    PageResponse<CollectionRoundView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
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

    /** Sends a step of the round and answers the round as it stands after it, with its version. */
    private ResponseEntity<CollectionRoundView> sent(UUID id, Object command) {
        commands.sendAndWait(command);
        CollectionRoundView round = queries.find(id).orElseThrow();
        return StreamVersions.ok(round, round.version());
    }

    /** A round the caller cannot see is unknown to it; one it sees but does not run is not its to change. */
    private void requireCollector(UUID id) {
        if (!currentCaller.get().actsFor(visible(id).collector().id())) {
            throw new AccessDeniedException("Only the collector's members change its rounds");
        }
    }

    private CollectionRoundView visible(UUID id) {
        Caller caller = currentCaller.get();
        return queries.find(id).filter(round -> visibleTo(caller, round)).orElseThrow(() -> CommandRefused.notFound(
                "id", Translatable.of("refused.collection.unknown-round", id)));
    }

    private boolean visibleTo(Caller caller, CollectionRoundView round) {
        if (caller.isRegulator()) {
            return inJurisdiction(caller, round.collector().regionCode())
                    || round.stops().stream().anyMatch(stop -> inJurisdiction(caller, stop.producerRegion()));
        }
        return caller.actsFor(round.collector().id()) || caller.actsFor(round.carrierId())
                || round.stops().stream().anyMatch(stop -> caller.actsFor(stop.producerId()));
    }

    private boolean inJurisdiction(Caller caller, String regionCode) {
        return caller.jurisdiction() != null && regions.contains(caller.jurisdiction(), regionCode);
    }

    /** R42: the collector runs collection (a collector, or a receiver such as a disposal centre); the carrier carries. */
    private void requireRole(UUID enterprise, String field, String refusal, String... roles) {
        EnterpriseProfile profile = enterprises.profile(enterprise, false).orElseThrow(() -> CommandRefused.notFound(
                field, Translatable.of("refused.collection.unknown-enterprise", enterprise)));
        if (List.of(roles).stream().noneMatch(profile.roles()::contains)) {
            throw CommandRefused.ruleViolated("R42", field, Translatable.of(refusal, enterprise));
        }
    }
}
