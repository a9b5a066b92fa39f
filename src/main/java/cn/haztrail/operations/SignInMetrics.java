package cn.haztrail.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.stereotype.Component;

/**
 * Counts refused sign-ins (wrong password, unknown or disabled account: HTTP Basic and the console's form alike)
 * from Spring Security's failure events. A sign-in that could not be checked because the database failed is not a
 * refusal and is counted by the 503s instead ({@code haztrail.http.shed}). Throttled sign-ins (429) are counted
 * where they are refused, as {@code haztrail.signin.throttled}.
 */
@Component
class SignInMetrics {

    private final Counter failures;

    SignInMetrics(MeterRegistry registry) {
        this.failures = Counter.builder("haztrail.signin.failures")
                .description("Sign-ins refused for wrong credentials or an account that may not sign in")
                .register(registry);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        if (!(failure instanceof AuthenticationFailureServiceExceptionEvent)) {
            failures.increment();
        }
    }
}
