package cn.haztrail.shared.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Profile("!oidc")
@Tag(name = "Accounts", description = "Embedded-mode sign-in accounts (HTTP Basic)")
class AccountAdminController {

    private final LoginProtection protection;
    private final CurrentCaller currentCaller;

    AccountAdminController(LoginProtection protection, CurrentCaller currentCaller) {
        this.protection = protection;
        this.currentCaller = currentCaller;
    }

    @PostMapping("/{username}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "unlockAccount",
            summary = "End the lock that failed sign-ins put on an account (administrators only)",
            description = "Also forgets its failed sign-ins. Recorded as AccountUnlocked with reason ADMIN; an account "
                    + "that is not locked is left as it is and nothing is recorded.")
    void unlockAccount(@PathVariable String username) {
        protection.unlock(username, currentCaller.get());
    }
}
