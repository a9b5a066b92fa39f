package cn.haztrail.console;

import cn.haztrail.shared.security.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * The sign-in form's side of {@link LoginThrottle}: a source that must still wait is sent back to the form with a
 * message (no password check, as for HTTP Basic's 429). Failures are counted by the same authentication events as
 * HTTP Basic's; a success clears the source's failures.
 */
class FormLoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    FormLoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if (username == null || username.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<LoginThrottle.Standing> standing = throttle.standing(username, address);
        if (standing.flatMap(LoginThrottle.Standing::waitFor).isPresent()) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
        if (standing.isPresent() && signedIn()) {
            throttle.succeeded(username, address);
        }
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
