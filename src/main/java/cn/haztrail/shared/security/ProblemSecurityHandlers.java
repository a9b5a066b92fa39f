package cn.haztrail.shared.security;

import cn.haztrail.shared.web.ProblemResponseWriter;
import cn.haztrail.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * 401 and 403 as RFC 9457 problem details, like every other error of the API, and so the firewall's 400 for a path
 * it refuses (encoded slash or percent, dot segments, semicolons, backslashes); Spring Security uses the one
 * {@link RequestRejectedHandler} bean it finds. Every refused sign-in gets the same 401, whatever the reason (unknown
 * username, wrong password, disabled account), so the answer says nothing about which usernames exist.
 */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final ProblemResponseWriter writer;

    ProblemSecurityHandlers(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"HazTrail\"");
        writer.write(request, response,
                Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated", "Sign in to use this API."));
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
