package cn.haztrail.shared.security;

import cn.haztrail.shared.web.ProblemResponseWriter;
import cn.haztrail.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * 401 and 403 as RFC 9457 problem details, like every other error of the API, and so the firewall's 400 for a path
 * it refuses (encoded slash or percent, dot segments, semicolons, backslashes); Spring Security uses the one
 * {@link RequestRejectedHandler} bean it finds. A locked account's 401 says until when (no failure count, no
 * username): whoever sends its username learns that much, as with any per-account lock.
 */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final ProblemResponseWriter writer;
    private final LoginProtection protection;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    ProblemSecurityHandlers(ProblemResponseWriter writer, LoginProtection protection) {
        this.writer = writer;
        this.protection = protection;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"HazTrail\"");
        writer.write(request, response, e instanceof LockedException ? locked(request)
                : Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated", "Sign in to use this API."));
    }

    private ProblemDetail locked(HttpServletRequest request) {
        Optional<Instant> until = Optional.ofNullable(basic.convert(request))
                .flatMap(login -> protection.lockedUntil(login.getName()));
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "account-locked", "Account locked",
                "Too many failed sign-ins: this account refuses every sign-in "
                        + until.map(time -> "until " + time).orElse("for a while") + ".");
        until.ifPresent(time -> problem.setProperty("lockedUntil", time.toString()));
        return problem;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        writer.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request's path or headers contain characters that are refused here."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        writer.write(request, response, Problems.forbidden());
    }
}
