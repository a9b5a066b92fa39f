package cn.haztrail.shared.security;

import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds failed HTTP Basic sign-ins to {@link LoginThrottle}, from the events Spring Security's authentication event
 * publisher raises (Boot's {@code DefaultAuthenticationEventPublisher}), with the client address the sign-in came
 * from. Successes are cleared by {@link LoginThrottleFilter}, which knows whether there is anything to clear. The
 * {@code oidc} profile has no passwords here: the identity provider protects its own logins.
 */
@Component
@Profile("!oidc")
class LoginAttempts {

    private final LoginThrottle throttle;

    LoginAttempts(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** A sign-in that could not be checked (the database failed) is not a wrong guess and costs the source nothing. */
    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        if (failure instanceof AuthenticationFailureServiceExceptionEvent) {
            return;
        }
        var authentication = failure.getAuthentication();
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            throttle.failed(authentication.getName(), details.getRemoteAddress());
        }
    }
}
