package cn.haztrail.shared.security;

import cn.haztrail.shared.web.ProblemResponseWriter;
import cn.haztrail.shared.web.Problems;
import cn.haztrail.shared.web.ResourceShortage;
import cn.haztrail.shared.web.ShortageAnswer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
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
 * username, wrong password, disabled account), so the answer says nothing about which usernames exist. A sign-in that
 * could not be checked (the account lookup failed: Spring wraps that in an {@link InternalAuthenticationServiceException})
 * is not a refusal: 503 with {@code Retry-After} when the database was out of capacity, 500 otherwise.
 */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandlers.class);

    private final ProblemResponseWriter writer;
    private final ShortageAnswer shortage;

    ProblemSecurityHandlers(ProblemResponseWriter writer, ShortageAnswer shortage) {
        this.writer = writer;
        this.shortage = shortage;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException unchecked) {
            couldNotCheck(request, response, unchecked);
            return;
        }
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

    private void couldNotCheck(HttpServletRequest request, HttpServletResponse response,
                               InternalAuthenticationServiceException e) throws IOException {
        if (ResourceShortage.causedBy(e)) {
            shortage.write(request, response, e);
            return;
        }
        log.error("Sign-in could not be checked", e);
        writer.write(request, response, Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The sign-in could not be checked; nothing the request asked for was done. The failure was logged."));
    }
}
