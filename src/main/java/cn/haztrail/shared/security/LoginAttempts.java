package cn.haztrail.shared.security;

import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds HTTP Basic sign-ins to {@link LoginProtection}, from the events Spring Security's authentication event
 * publisher raises (Boot's {@code DefaultAuthenticationEventPublisher}). A sign-in refused because the account is
 * locked raises a different event and is not counted, so guessing during a lock does not extend it. The
 * {@code oidc} profile has no passwords here: the identity provider protects its own logins.
 */
@Component
@Profile("!oidc")
class LoginAttempts {

    private final LoginProtection protection;

    LoginAttempts(LoginProtection protection) {
        this.protection = protection;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        protection.failed(failure.getAuthentication().getName());
    }

    /** Only an account with failures or a lock on record is written to: most sign-ins cost no write. */
    @EventListener
    void on(AuthenticationSuccessEvent success) {
        if (success.getAuthentication().getPrincipal() instanceof AccountUserDetails account && account.loginTrouble()) {
            protection.succeeded(account.username());
        }
    }
}
