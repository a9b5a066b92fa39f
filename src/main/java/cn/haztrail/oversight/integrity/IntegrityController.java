package cn.haztrail.oversight.integrity;

import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.web.PageResponse;
import cn.haztrail.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Locale;

/**
 * Tamper evidence (R23) for regulators and administrators. Reports name streams, sequence numbers and reasons, never
 * content, so any regulator may check any stream whatever its jurisdiction: a stream id is an unguessable UUID and
 * the answer tells no more than that the stream exists and how long it is.
 */
@RestController
@RequestMapping("/api/v1/oversight/integrity")
@Tag(name = "Oversight: integrity", description = "Hash chains per stream, and seals chained one to the next (R23)")
class IntegrityController {

    private final IntegrityChecks checks;
    private final Seals seals;
    private final CurrentCaller currentCaller;
    private final MessageSource messages;

    IntegrityController(IntegrityChecks checks, Seals seals, CurrentCaller currentCaller, MessageSource messages) {
        this.checks = checks;
        this.seals = seals;
        this.currentCaller = currentCaller;
        this.messages = messages;
    }

    @GetMapping
    @Operation(operationId = "verifyAllStreams",
            summary = "Verify every stream against the chain of seals (R23)", description = "Recomputes every "
            + "event's hash from the stored columns and checks each stream's chain and global positions, then that "
            + "the last head any seal recorded for each stream is still stored with the same hash (a deleted tail or "
            + "a removed stream fails here) and that the chain of seals holds. "
            + "Reads the whole event store: an audit tool, not for polling.")
    IntegrityReport all() {
        return checks.all();
    }

    @GetMapping("/{streamId}")
    @Operation(operationId = "verifyStream",
            summary = "Verify one stream's hash chain (R23)", description = "A stream is an aggregate (batch, "
            + "manifest, enterprise, approval) or an event stored without one (a seal). Checked against the latest "
            + "seal too, so a stream removed since is reported rather than unknown.")
    IntegrityReport stream(@Parameter(description = "The aggregate id (or, for an event without an aggregate, the "
            + "event id)", example = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d") @PathVariable String streamId) {
        return checks.stream(streamId);
    }

    @PostMapping("/seals")
    @Operation(operationId = "sealStreams",
            summary = "Seal the stream heads changed since the previous seal (R23)", description = "Appends an "
            + "IntegritySealed event with the Merkle root over the last event of every stream whose head changed "
            + "since the previous seal, chained to that seal's root. Seals are also taken every "
            + "haztrail.integrity.seal-interval. Within haztrail.integrity.on-demand-seal-interval (1 minute by "
            + "default) after the latest seal, 429 with Retry-After. Publish the returned root outside HazTrail: it "
            + "proves this seal and every one before it.")
    @ApiResponse(responseCode = "201", description = "The seal taken")
    @ApiResponse(responseCode = "429", description = "A seal was taken less than "
            + "haztrail.integrity.on-demand-seal-interval ago: wait `Retry-After` seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds until a seal may be taken",
                    schema = @Schema(type = "integer", example = "42")),
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SealView> seal() {
        Caller caller = currentCaller.get();
        SealView seal = seals.sealOnDemand(caller.accountId(), caller.role().name());
        return ResponseEntity.created(URI.create("/api/v1/oversight/integrity/" + seal.sealId())).body(seal);
    }

    @GetMapping("/seals")
    @Operation(operationId = "listSeals", summary = "The chain of seals, newest first (R23)", description = "Each "
            + "seal's root, the seal it follows and how many heads it names: publish the roots outside HazTrail "
            + "(a later seal's root vouches for every earlier one). Listed from the register of seals; "
            + "`GET /api/v1/oversight/integrity` verifies the chain against the stored seal events.")
    PageResponse<SealView> seals(@RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return seals.list(page, size);
    }

    @ExceptionHandler(SealTooSoon.class)
    ResponseEntity<ProblemDetail> tooSoon(SealTooSoon e, Locale locale) {
        long seconds = e.retryAfterSeconds();
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-seals", "Too many seals",
                        messages.getMessage(Translatable.of("problem.too-many-seals", seconds), locale)));
    }
}
