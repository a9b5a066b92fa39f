package cn.haztrail.shared.axon.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/admin/projections")
@Tag(name = "Administration", description = "Event processors: status and replay")
class ProjectionAdminController {

    private final ProjectionReplays replays;

    ProjectionAdminController(ProjectionReplays replays) {
        this.replays = replays;
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
}
