package cn.haztrail.account.web;

import cn.haztrail.account.application.AccountLifecycle;
import cn.haztrail.account.api.ActivationToken;
import cn.haztrail.account.query.AccountQueries;
import cn.haztrail.account.query.AccountView;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.security.MemberRole;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/accounts")
@Profile("!oidc")
@Tag(name = "Accounts", description = "People and regulators who sign in (HTTP Basic), their activation and passwords")
class AccountController {

    private final AccountLifecycle lifecycle;
    private final AccountQueries queries;
    private final ActingRoles actingRoles;
    private final CurrentCaller currentCaller;

    AccountController(AccountLifecycle lifecycle, AccountQueries queries, ActingRoles actingRoles,
                      CurrentCaller currentCaller) {
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.actingRoles = actingRoles;
        this.currentCaller = currentCaller;
    }

    @PostMapping
    @Operation(operationId = "openAccount", summary = "Open a regulator's account or an enterprise's first manager",
            description = "Administrators only. The answer carries a one-time activation token, valid 72 hours, with "
                    + "which the person sets a password (R28); HazTrail keeps only the token's hash, so the answer "
                    + "is never replayed for an Idempotency-Key.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OpenedAccountView> open(@Valid @RequestBody OpenAccountRequest request) {
        ActivationToken token = switch (request.kind()) {
            case REGULATOR -> {
                if (request.jurisdiction() == null) {
                    throw CommandRefused.ruleViolated("R21", "jurisdiction",
                            Translatable.of("refused.account.regulator-without-jurisdiction"));
                }
                yield lifecycle.openRegulator(request.username(), request.jurisdiction());
            }
            case ENTERPRISE_MANAGER -> {
                if (request.enterpriseId() == null) {
                    throw CommandRefused.ruleViolated("R29", "enterpriseId",
                            Translatable.of("refused.account.manager-without-enterprise"));
                }
                yield lifecycle.openMember(request.username(), request.enterpriseId(), MemberRole.MANAGER,
                        actingRoles.resolve(request.enterpriseId(), request.actsAs(), "enterpriseId"));
            }
        };
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + token.accountId()))
                .header("Cache-Control", "no-store")
                .body(new OpenedAccountView(token.accountId().toString(), request.username(), token.token(),
                        token.expiresAt()));
    }

    @PostMapping("/activation")
    @Operation(operationId = "activateAccount", summary = "Set the first password with the activation token (R28)",
            description = "No sign-in needed. The token works once, within 72 hours of the account's opening; an "
                    + "unknown, used or expired token is refused alike. The password has at least 12 characters and "
                    + "is not a common one.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> activate(@Valid @RequestBody ActivateRequest request) {
        lifecycle.activate(request.token(), request.password());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Operation(operationId = "getOwnAccount", summary = "The signed-in account and the enterprises it may act for",
            description = "A person who is a member of several enterprises names the one it acts for in the "
                    + "X-Acting-For header (the enterprise's id or credit code) on every other request.")
    AccountView me() {
        String accountId = currentCaller.accountId().orElseThrow();
        return queries.account(accountId)
                .orElseThrow(() -> CommandRefused.notFound("accountId",
                        Translatable.of("refused.account.unknown-account", accountId)));
    }

    @PostMapping("/me/password")
    @Operation(operationId = "changeOwnPassword", summary = "Change the signed-in account's password (R28)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> changePassword(@Valid @RequestBody ChangePasswordRequest request) {
        UUID accountId = UUID.fromString(currentCaller.accountId().orElseThrow());
        lifecycle.changePassword(accountId, request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }
}
