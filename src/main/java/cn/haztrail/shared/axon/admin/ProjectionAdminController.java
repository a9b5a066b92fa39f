package cn.haztrail.shared.axon.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/admin/projections")
@Tag(name = "Administration", description = "Event processors: status and replay")
class ProjectionAdminController {

    private final ProjectionReplays replays;
    private final ProcessorPositions positions;

    ProjectionAdminController(ProjectionReplays replays, ProcessorPositions positions) {
        this.replays = replays;
        this.positions = positions;
    }

    @GetMapping
    @Operation(operationId = "listProjections",
            summary = "Every event processor with its segments and position")
    List<ProjectionStatus> all() {
        return replays.all();
    }

    @PostMapping("/{name}/replay")
    @Operation(operationId = "replayProjection",
            summary = "Rebuild a streaming projection from the first event",
            description = "Handlers are idempotent and side effects (webhook deliveries) are not repeated on replay.")
    ProjectionStatus replay(@PathVariable String name) {
        return replays.replay(name);
    }

    @PostMapping("/{name}/position")
    @Operation(operationId = "moveProjection",
            summary = "Move a streaming processor to a global position, the webhook outbox included",
            description = "The processor's next event is the first one after `position`; nothing is cleared. Events "
                    + "after it are handled again (or for the first time, for a processor that went past them): "
                    + "handlers are idempotent and the webhook outbox keeps one delivery per subscription and "
                    + "event, so moving it back queues nothing a subscription already has (deliveries stay at "
                    + "least once, as always). Works while other nodes run the processor: they give up their "
                    + "segments at their next batch.")
    @ApiResponse(responseCode = "200", description = "The processor, started again at the position",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ProjectionStatus.class)))
    @ApiResponse(responseCode = "404", description = "No event processor of that name",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "A subscribing processor: it has no position",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The position lies beyond the last event position issued "
            + "(R23)", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ProjectionStatus moveTo(@PathVariable String name, @Valid @RequestBody PositionRequest request) {
        return positions.moveTo(name, request.position());
    }
}
