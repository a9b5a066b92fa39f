package cn.haztrail.oversight.integrity;

import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Tamper evidence (R23) for regulators and administrators. Reports name streams, sequence numbers and reasons, never
 * content, so any regulator may check any stream whatever its jurisdiction: a stream id is an unguessable UUID and
 * the answer tells no more than that the stream exists and how long it is.
 */
@RestController
@RequestMapping("/api/v1/oversight/integrity")
@Tag(name = "Oversight: integrity", description = "Hash chains per stream and seals over all streams (R23)")
class IntegrityController {

    private final IntegrityChecks checks;
    private final Seals seals;
    private final CurrentCaller currentCaller;

    IntegrityController(IntegrityChecks checks, Seals seals, CurrentCaller currentCaller) {
        this.checks = checks;
        this.seals = seals;
        this.currentCaller = currentCaller;
    }

    @GetMapping
    @Operation(operationId = "verifyAllStreams",
            summary = "Verify every stream against the latest seal (R23)", description = "Recomputes every "
            + "event's hash from the stored columns and checks each stream's chain, then that every head the latest "
            + "seal recorded is still stored with the same hash (a deleted tail or a removed stream fails here). "
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
            summary = "Seal the heads of all streams now (R23)", description = "Appends an IntegritySealed event "
            + "with the Merkle root over every stream's last event. Seals are also taken every "
            + "haztrail.integrity.seal-interval. Keep the returned root outside HazTrail: it proves later checks.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SealView> seal() {
        Caller caller = currentCaller.get();
        SealView seal = seals.seal(caller.accountId(), caller.role().name());
        return ResponseEntity.created(URI.create("/api/v1/oversight/integrity/" + seal.sealId())).body(seal);
    }
}
