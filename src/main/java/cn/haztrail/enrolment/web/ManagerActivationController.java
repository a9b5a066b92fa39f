package cn.haztrail.enrolment.web;

import cn.haztrail.account.api.ActivationToken;
import cn.haztrail.enrolment.command.ApplicantAccess;
import cn.haztrail.enrolment.command.ManagerActivation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/**
 * Embedded login only, like the account endpoints: with the {@code oidc} profile no local account is opened at
 * approval, people sign in at the identity provider, and this endpoint does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/enrolment-applications/{id}/activation-token")
@Profile("!oidc")
@Tag(name = "Enrolment")
class ManagerActivationController {

    private final ApplicantAccess access;
    private final ManagerActivation activation;

    ManagerActivationController(ApplicantAccess access, ManagerActivation activation) {
        this.access = access;
        this.activation = activation;
    }

    @PostMapping
    @Operation(operationId = "issueEnrolmentActivationToken",
            summary = "The first manager's activation token, for the applicant (R28)",
            description = "With the tracking token (X-Application-Token, no sign-in); a wrong one is 404 as for an "
                    + "unknown application. Only once approved (409 before) and while the manager is not activated "
                    + "(409 after). Each call issues a fresh token, valid 72 hours, and the earlier ones stop "
                    + "working; the answer is never stored nor replayed.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ManagerActivationView> issue(@PathVariable UUID id, @Parameter(description = "The tracking token")
    @RequestHeader(name = EnrolmentController.TRACKING_HEADER, required = false) String trackingToken) {
        if (!access.matches(id, trackingToken)) {
            throw EnrolmentController.unknown(id);
        }
        ActivationToken token = activation.issue(id);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + token.accountId()))
                .header("Cache-Control", "no-store")
                .body(new ManagerActivationView(token.accountId().toString(),
                        access.managerUsername(id).orElseThrow(), token.token(), token.expiresAt()));
    }
}
