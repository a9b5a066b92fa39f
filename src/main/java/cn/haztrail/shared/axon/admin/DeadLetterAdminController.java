package cn.haztrail.shared.axon.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/admin/dead-letters")
@Tag(name = "Administration", description = "Event processors: status and replay")
class DeadLetterAdminController {

    private final DeadLetters deadLetters;

    DeadLetterAdminController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(operationId = "listDeadLetters",
            summary = "Events the regulator's projections failed to handle, in retry order",
            description = "The oversight processor (alerts and indicator facts) parks a failing event, and the later "
                    + "events of its manifest or batch, and goes on with the others. The feed (and webhook outbox) "
                    + "never skips: it stops "
                    + "and retry instead (see the projections' status).")
    List<DeadLetterView> list(@RequestParam(required = false) String group) {
        return deadLetters.list(group);
    }

    @PostMapping("/{group}/retry")
    @Operation(operationId = "retryDeadLetters",
            summary = "Retry a group's dead letters, each sequence from its first event",
            description = "Run after fixing the cause. A sequence that fails again stays parked with its new cause.")
    DeadLetterRetry retry(@PathVariable String group) {
        return deadLetters.retry(group);
    }
}
