package cn.haztrail.batch.web;

import cn.haztrail.batch.api.ConsolidateBatches;
import cn.haztrail.batch.api.SplitBatch;
import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchReaders;
import cn.haztrail.batch.query.BatchView;
import cn.haztrail.registry.query.EnterpriseSummary;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.axon.RetryingTransaction;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.web.QuantityRequest;
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
import java.util.List;
import java.util.UUID;

/** Split and consolidation of batches at their holder (R39-R41); each new batch reads like any other batch. */
@RestController
@RequestMapping("/api/v1/batches")
@Tag(name = "Batches", description = "Generated batches of hazardous waste, their labels (一码贯通) and disposal")
class RepackController {

    private final CommandGateway commands;
    private final BatchQueries queries;
    private final BatchReaders readers;
    private final EnterpriseQueries enterprises;
    private final CurrentCaller currentCaller;
    private final RetryingTransaction transaction;

    /** A repacking that lost a race for a source's mass is repeated, and then refused from where the source stands. */
    RepackController(CommandGateway commands, BatchQueries queries, BatchReaders readers,
                     EnterpriseQueries enterprises, CurrentCaller currentCaller, RetryingTransaction transaction) {
        this.transaction = transaction;
        this.commands = commands;
        this.queries = queries;
        this.readers = readers;
        this.enterprises = enterprises;
        this.currentCaller = currentCaller;
    }

    @PostMapping("/{id}/split")
    @Operation(operationId = "splitBatch",
            summary = "Split a batch held into new batches (R39, R40)", description = "Receivers and collectors, "
            + "for a batch their enterprise accepted and that rests there, or one in storage there: at least two "
            + "new batches, each with its own label id from the holder's credit code and the holder's storage clock "
            + "(R07, R09). After a partial receipt the part not accepted is held too, and is taken first. The parts "
            + "plus the loss (with its reason) are taken from the batch; taken in full, it is closed (R08). The "
            + "answer lists the new batches in the order of the parts.")
    @ResponseStatus(HttpStatus.CREATED)
    List<BatchView> split(@PathVariable UUID id, @Valid @RequestBody SplitRequest request) {
        Caller caller = currentCaller.get();
        visible(id, caller);
        EnterpriseSummary holder = holder(caller);
        List<SplitBatch.Part> parts = request.parts().stream().map(part -> new SplitBatch.Part(UUID.randomUUID(),
                part.quantity().toQuantity(), part.packaging() == null ? null : part.packaging().toPackaging()))
                .toList();
        SplitBatch command = new SplitBatch(id, holder.id(), holder.creditCode(), parts, quantity(request.loss()),
                request.lossReason());
        transaction.execute(() -> commands.sendAndWait(command));
        return parts.stream().map(part -> visible(part.batchId(), caller)).toList();
    }

    @PostMapping("/consolidations")
    @Operation(operationId = "consolidateBatches",
            summary = "Consolidate batches held into one new batch (R39, R41)", description = "Receivers and "
            + "collectors, for at least two batches their enterprise holds of the same waste code (compatible codes "
            + "are equal codes): the new batch gets its own label id from the holder's credit code and the holder's "
            + "storage clock, counted from the earliest source's receipt there (R07, R09). The shares taken must be "
            + "the new batch's mass plus the loss, with its reason; a source taken in full is closed (R08), one "
            + "taken in part keeps the rest.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<BatchView> consolidate(@Valid @RequestBody ConsolidationRequest request) {
        Caller caller = currentCaller.get();
        EnterpriseSummary holder = holder(caller);
        UUID id = UUID.randomUUID();
        List<ConsolidateBatches.Take> sources = request.sources().stream()
                .map(source -> new ConsolidateBatches.Take(source.batchId(), source.quantity().toQuantity())).toList();
        ConsolidateBatches command = new ConsolidateBatches(id, holder.id(), holder.creditCode(), sources,
                request.quantity().toQuantity(), request.packaging() == null ? null
                : request.packaging().toPackaging(), quantity(request.loss()), request.lossReason());
        transaction.execute(() -> commands.sendAndWait(command));
        BatchView batch = visible(id, caller);
        return StreamVersions.created(URI.create("/api/v1/batches/" + id), batch, batch.version());
    }

    private EnterpriseSummary holder(Caller caller) {
        return enterprises.summary(caller.enterpriseId()).orElseThrow(() ->
                CommandRefused.notFound("holderId", Translatable.of("refused.batch.caller-not-registered")));
    }

    private static Quantity quantity(QuantityRequest request) {
        return request == null ? null : request.toQuantity();
    }

    private BatchView visible(UUID id, Caller caller) {
        return queries.find(id, readers.of(caller))
                .orElseThrow(() -> CommandRefused.notFound("id", Translatable.of("refused.batch.unknown-batch", id)));
    }
}
