package cn.haztrail.oversight.custody;

import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.web.FieldProblem;
import cn.haztrail.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The chain of custody of a batch or manifest, now or as it stood at an instant (R24). A chain the caller may not
 * read is answered exactly like one that does not exist (404, R21); visibility is decided on the batch's or
 * manifest's parties and regions as they are now, whatever asOf and knownAt say.
 */
@RestController
@RequestMapping("/api/v1/oversight/custody")
@Tag(name = "Oversight: chain of custody", description = "The full chain 产生-转移-运输-处置 for audits (R24)")
class CustodyController {

    private static final String AS_OF = "Business time, an ISO-8601 instant (2026-11-25T08:00:00Z; an offset such as "
            + "+08:00 must be URL-encoded): where the waste was then. Only events that had happened in the world at "
            + "or before it (their business time; a deadline's event at its due time) are listed and folded, "
            + "whenever they were recorded: a pickup recorded a day late counts from when it happened. Before the "
            + "first event the chain is empty and the state NOT_YET_EXISTING. Absent: no limit.";
    private static final String KNOWN_AT = "Recording time, an ISO-8601 instant: what the record said then. Only "
            + "events HazTrail had recorded at or before it are listed and folded, so a step entered later is left "
            + "out even if it happened earlier. Combined with asOf: where the record said, at knownAt, the waste was "
            + "at asOf. Absent: no limit.";
    private static final String CHAIN = " Entries come as the world had them (by business time, then recording time, "
            + "then stream and sequence; an event never before an earlier one of its own stream), and links to other "
            + "streams are followed only through counted events.";

    private static final Set<String> INSTANTS = Set.of("asOf", "knownAt");

    private final CustodyChains chains;
    private final CustodySubjects subjects;
    private final CurrentCaller currentCaller;

    CustodyController(CustodyChains chains, CustodySubjects subjects, CurrentCaller currentCaller) {
        this.chains = chains;
        this.subjects = subjects;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/batches/{id}")
    @Operation(operationId = "getBatchCustodyChain",
            summary = "A batch's chain of custody (R24)", description = "The batch's events, those of every "
            + "manifest it was on and of their previous and follow-on manifests, and of the batches it was split or "
            + "consolidated from or into (R39-R41, listed in lineage with the mass of each share), in order, with the "
            + "state folded from them. The lineage is followed through every split and consolidation, at most 10 "
            + "deep each way: down to the final treatment of every share of the batch (lineage.downstream, with the "
            + "mass of this batch each carries), up to the batches their producers registered (lineage.upstream); "
            + "a repacking after asOf is neither listed nor followed." + CHAIN + " Regulators whose jurisdiction holds its producer or a receiver; the enterprises "
            + "that produced, carried or received it; administrators.")
    CustodyChainView batch(@PathVariable UUID id,
                           @Parameter(description = AS_OF, example = "2026-11-25T08:00:00Z")
                           @RequestParam(required = false) Instant asOf,
                           @Parameter(description = KNOWN_AT, example = "2026-11-26T08:00:00Z")
                           @RequestParam(required = false) Instant knownAt) {
        return chains.ofBatch(subjects.batch(id, currentCaller.get()), asOf, knownAt);
    }

    @GetMapping("/manifests/{numberOrId}")
    @Operation(operationId = "getManifestCustodyChain",
            summary = "A manifest's chain of custody, by 14-digit number or id (R24)", description = "The "
            + "manifest's events, those of its batches and of its previous and follow-on manifests, in order, with "
            + "the state folded from them." + CHAIN + " Regulators of its origin or destination; its parties; "
            + "administrators.")
    CustodyChainView manifest(@PathVariable String numberOrId,
                              @Parameter(description = AS_OF, example = "2026-11-25T08:00:00Z")
                              @RequestParam(required = false) Instant asOf,
                              @Parameter(description = KNOWN_AT, example = "2026-11-26T08:00:00Z")
                              @RequestParam(required = false) Instant knownAt) {
        return chains.ofManifest(subjects.manifest(numberOrId, currentCaller.get()), asOf, knownAt);
    }

    /**
     * A malformed asOf or knownAt (R24) or batch id is a 400 naming the parameter, like every invalid input of the
     * API.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail malformed(MethodArgumentTypeMismatchException e) {
        boolean instant = INSTANTS.contains(e.getName());
        String reason = instant ? "must be an ISO-8601 instant such as 2026-11-25T08:00:00Z" : "must be a UUID";
        String rule = instant ? "R24" : null;
        return Problems.withRule(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                "Invalid request", "The request has invalid parameters."),
                List.of(new FieldProblem(e.getName(), reason, rule))), rule);
    }
}
