package cn.haztrail.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Outermost filter: a {@link ResourceShortage} that escapes everything after it (the sign-in throttle's lookup, the
 * acting-for check, a page) becomes the same 503 with {@code Retry-After} instead of a 500. Controllers' failures
 * are answered by the problem details advice before they get here.
 */
class ShortageFilter extends OncePerRequestFilter {

    private final ShortageAnswer answer;

    ShortageFilter(ShortageAnswer answer) {
        this.answer = answer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException failure) {
            if (!ResourceShortage.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            answer.write(request, response, failure);
        }
    }
}
