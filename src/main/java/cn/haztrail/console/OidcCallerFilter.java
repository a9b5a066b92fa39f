package cn.haztrail.console;

import cn.haztrail.shared.security.JwtCallerConverter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Turns the person signed in at the identity provider into the caller the API would see for the same claims, for
 * this request only (the session keeps the provider's sign-in). Mapping afresh on every request means that an
 * enterprise deregistered or a membership disabled since sign-in counts at once; a person whose claims no longer
 * make a caller is signed out.
 */
class OidcCallerFilter extends OncePerRequestFilter {

    private final JwtCallerConverter converter;

    OidcCallerFilter(JwtCallerConverter converter) {
        this.converter = converter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof OAuth2AuthenticationToken token
                && token.getPrincipal() instanceof OidcUser person) {
            try {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new SignedInPerson(converter.fromClaims(person, person), name(person)));
                SecurityContextHolder.setContext(context);
            } catch (OAuth2AuthenticationException noLongerACaller) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?error");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** What the page header shows: the provider's username for the person, else its name, else the subject. */
    private static String name(OidcUser person) {
        if (person.getPreferredUsername() != null) {
            return person.getPreferredUsername();
        }
        return person.getFullName() != null ? person.getFullName() : person.getSubject();
    }

    /** The mapped caller (or member account) as principal, under the person's name. */
    static final class SignedInPerson extends AbstractAuthenticationToken {

        private final Object principal;
        private final String name;

        SignedInPerson(Authentication mapped, String name) {
            super(mapped.getAuthorities());
            this.principal = mapped.getPrincipal();
            this.name = name;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
