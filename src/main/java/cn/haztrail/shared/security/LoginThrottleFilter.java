package cn.haztrail.shared.security;

import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.web.ProblemResponseWriter;
import cn.haztrail.shared.web.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs before HTTP Basic authentication: a source that must still wait ({@link LoginThrottle}) gets 429 with
 * {@code Retry-After} and its password is not even checked, so guessing faster gains nothing. The answer is the same
 * whether the username exists or not. After a successful sign-in it clears that source's failures, if it had any.
 * The detail is in the caller's language (Accept-Language), as the advice gives it after the filters.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ProblemResponseWriter writer;
    private final MessageSource messages;
    private final Counter throttled;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponseWriter writer, MessageSource messages,
                        MeterRegistry registry) {
        this.throttle = throttle;
        this.writer = writer;
        this.messages = messages;
        this.throttled = Counter.builder("haztrail.signin.throttled")
                .description("Sign-ins refused with 429 because their source must still wait").register(registry);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = username(request);
        if (username.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<LoginThrottle.Standing> standing = throttle.standing(username.get(), address);
        Optional<Duration> wait = standing.flatMap(LoginThrottle.Standing::waitFor);
        if (wait.isPresent()) {
            tooMany(request, response, wait.get());
            return;
        }
        boolean hadFailures = standing.isPresent();
        chain.doFilter(request, response);
        if (hadFailures && signedIn()) {
            throttle.succeeded(username.get(), address);
        }
    }

    private Optional<String> username(HttpServletRequest request) {
        try {
            UsernamePasswordAuthenticationToken login = basic.convert(request);
            return Optional.ofNullable(login).map(UsernamePasswordAuthenticationToken::getName);
        } catch (RuntimeException malformed) {
            return Optional.empty(); // HTTP Basic authentication answers a malformed header itself
        }
    }

    /** After HTTP Basic ran with this request's credentials: whether they were accepted. */
    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private void tooMany(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        throttled.increment();
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        writer.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins",
                "Too many failed sign-ins",
                messages.getMessage(Translatable.of("problem.too-many-sign-ins"), request.getLocale())));
    }
}
