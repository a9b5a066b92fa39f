package cn.haztrail.console;

import cn.haztrail.shared.security.AccountUserDetails;
import cn.haztrail.shared.security.AccountUserDetailsService;
import cn.haztrail.shared.security.ActingAs;
import cn.haztrail.shared.security.Membership;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The console's counterpart of the API's X-Acting-For header: the enterprise a person acts for is kept in the
 * session ({@link #SESSION_KEY}); a member of one enterprise acts for it without choosing. Memberships are read afresh
 * on every request, so a membership disabled meanwhile stops counting at once. A person of several enterprises who
 * has not chosen is sent to the chooser.
 */
class ConsoleActingForFilter extends OncePerRequestFilter {

    static final String SESSION_KEY = "haztrail.console.acting-for";
    static final String CHOOSER = "/console/acting-for";

    private final AccountUserDetailsService accounts;

    ConsoleActingForFilter(AccountUserDetailsService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountUserDetails signedIn)
                || signedIn.ownCaller() != null) {
            chain.doFilter(request, response);
            return;
        }
        AccountUserDetails account = (AccountUserDetails) accounts.loadUserByUsername(signedIn.getUsername());
        Optional<Membership> chosen = choose(account.memberships(), request.getSession(false));
        if (chosen.isPresent()) {
            ActingAs.membership(account, chosen.get());
        } else if (!account.memberships().isEmpty() && !mayGoUnchosen(request)) {
            response.sendRedirect(request.getContextPath() + CHOOSER);
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<Membership> choose(List<Membership> memberships, HttpSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        if (chosen instanceof UUID enterprise) {
            return memberships.stream().filter(m -> m.enterpriseId().equals(enterprise)).findFirst();
        }
        return memberships.size() == 1 ? Optional.of(memberships.get(0)) : Optional.empty();
    }

    private static boolean mayGoUnchosen(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals(CHOOSER) || path.equals("/logout") || path.startsWith("/assets/")
                || path.startsWith("/webjars/") || path.startsWith(LabelCheckPaths.PREFIX);
    }
}
