package cn.haztrail.batch.web;

import cn.haztrail.batch.query.BatchReaders;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.RegisterBatch;
import cn.haztrail.batch.application.DisposalRecording;
import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchView;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.registry.query.EnterpriseQueries;
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
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/batches")
@Tag(name = "Batches", description = "Generated batches of hazardous waste, their labels (一码贯通) and disposal")
class BatchController {

    private final CommandGateway commands;
    private final BatchQueries queries;
    private final BatchReaders readers;
    private final EnterpriseQueries enterprises;
    private final WasteCatalogue catalogue;
    private final DisposalRecording disposals;
    private final CurrentCaller currentCaller;

    BatchController(CommandGateway commands, BatchQueries queries, BatchReaders readers, EnterpriseQueries enterprises,
                    WasteCatalogue catalogue, DisposalRecording disposals, CurrentCaller currentCaller) {
        this.commands = commands;
        this.queries = queries;
        this.readers = readers;
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.disposals = disposals;
        this.currentCaller = currentCaller;
    }

    @PostMapping
    @Operation(operationId = "registerBatch",
            summary = "Register a generated batch (R06, R07, R09)", description = "Producers and collectors, for "
            + "their own enterprise. The code must exist in the edition named (the current one by default) and the "
            + "batch must carry the hazard characteristics the catalogue demands of it. The answer carries the "
            + "37-character label id and the QR payload that leads back to the batch; the storage clock starts "
            + "(1 year, 48 hours for medical waste).")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<BatchView> register(@Valid @RequestBody RegisterBatchRequest request) {
        Caller caller = currentCaller.get();
        String creditCode = enterprises.creditCodeOf(caller.enterpriseId()).orElseThrow(() ->
                CommandRefused.notFound("producerId", Translatable.of("refused.batch.caller-not-registered")));
        String edition = request.edition() == null || request.edition().isBlank()
                ? catalogue.currentEdition() : request.edition().strip();
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new RegisterBatch(id, caller.enterpriseId(), creditCode, edition,
                request.wasteCode().strip(), request.quantity().toQuantity(), request.physicalForm(),
                request.packaging().toPackaging(), request.hazardCharacteristics(), request.mainComponents(),
                request.generatedAt(), request.storageLocation()));
        BatchView batch = visible(id, caller);
        return StreamVersions.created(URI.create("/api/v1/batches/" + id), batch, batch.version());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getBatch",
            summary = "A batch as it stands now", description = "Its producer, carriers (those named on a "
            + "submitted manifest holding it too: they scan it at pickup, R13) and receivers, and regulators whose "
            + "jurisdiction holds its origin or a destination (R21); anyone else gets 404.")
    ResponseEntity<BatchView> get(@PathVariable UUID id) {
        BatchView batch = visible(id, currentCaller.get());
        return StreamVersions.ok(batch, batch.version());
    }

    @GetMapping
    @Operation(operationId = "listBatches",
            summary = "List the batches the caller may see", description = "A producer or collector its own "
            + "batches, a carrier those on submitted manifests naming it and those it carried, a receiver those "
            + "delivered to it, a regulator those "
            + "whose origin or destination lies in its jurisdiction, an administrator all (R21). Newest first.")
    PageResponse<BatchView> list(
            @RequestParam(required = false) BatchStatus status,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}-\\d{3}-\\d{2}",
                    message = "must be a waste code like 900-249-08") String wasteCode,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.search(readers.of(currentCaller.get()), status, wasteCode, page, size);
    }

    @PostMapping("/{id}/disposal")
    @Operation(operationId = "recordDisposal",
            summary = "Record utilization or disposal of a received batch (R19)", description = "Receivers "
            + "only: the one that accepted the batch, with a final method code its licence covers on that day "
            + "(R03, R05), a mass not above the accepted quantity and a date not before receipt. The batch closes.")
    ResponseEntity<BatchView> dispose(@PathVariable UUID id, @Valid @RequestBody DisposalRequest request,
                                      @ExpectedVersion Long expectedVersion) {
        Caller caller = currentCaller.get();
        disposals.record(id, () -> queries.wasteCode(id, readers.of(caller)).orElseThrow(() -> unknown(id)),
                caller.enterpriseId(), request.methodCode(), request.quantity().toQuantity(), request.disposedOn(),
                request.disposedAt(), request.lateEntry(), expectedVersion);
        BatchView disposed = visible(id, caller);
        return StreamVersions.ok(disposed, disposed.version());
    }

    private BatchView visible(UUID id, Caller caller) {
        return queries.find(id, readers.of(caller)).orElseThrow(() -> unknown(id));
    }

    private static CommandRefused unknown(UUID id) {
        return CommandRefused.notFound("id", Translatable.of("refused.batch.unknown-batch", id));
    }
}
