package cn.haztrail.shared.security;

import cn.haztrail.shared.web.FieldProblem;
import cn.haztrail.shared.web.ProblemResponseWriter;
import cn.haztrail.shared.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs right after sign-in. A person who is a member of several enterprises says which one it acts for in
 * {@value #HEADER} (the enterprise's id or its credit code); a member of one acts for it without saying so. The
 * chosen membership becomes the request's {@link Caller}: the enterprise's party role (R21) and the member role.
 * Then {@link MemberRolePolicy} decides whether that member role may call this operation at all.
 */
class ActingForFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Acting-For";

    private final JdbcTemplate jdbc;
    private final ProblemResponseWriter writer;

    ActingForFilter(JdbcTemplate jdbc, ProblemResponseWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Caller caller = null;
        if (authentication != null && authentication.getPrincipal() instanceof AccountUserDetails account) {
            caller = account.ownCaller();
            if (caller == null) {
                Optional<Membership> chosen = choose(account, request.getHeader(HEADER));
                if (chosen.isEmpty() && ownAccountRead(request)) {
                    chain.doFilter(request, response); // GET /accounts/me lists the enterprises to choose from
                    return;
                }
                if (chosen.isEmpty()) {
                    refuse(request, response, account);
                    return;
                }
                caller = chosen.get().callerFor(account.accountId());
                actAs(account.username(), caller);
            }
        } else if (authentication != null && authentication.getPrincipal() instanceof Caller signedIn) {
            caller = signedIn;
        }
        if (caller != null && !MemberRolePolicy.allows(caller, request.getMethod(), path(request))) {
            writer.write(request, response, Problems.forbidden());
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<Membership> choose(AccountUserDetails account, String actingFor) {
        if (actingFor == null || actingFor.isBlank()) {
            return account.memberships().size() == 1 ? Optional.of(account.memberships().get(0)) : Optional.empty();
        }
        Optional<UUID> enterprise = enterprise(actingFor.trim());
        return account.memberships().stream()
                .filter(membership -> enterprise.isPresent() && membership.enterpriseId().equals(enterprise.get()))
                .findFirst();
    }

    /** An enterprise id, or a credit code looked up in the registry. */
    private Optional<UUID> enterprise(String actingFor) {
        try {
            return Optional.of(UUID.fromString(actingFor));
        } catch (IllegalArgumentException notAnId) {
            return jdbc.queryForList("select id from enterprise_view where credit_code = ?", UUID.class, actingFor)
                    .stream().findFirst();
        }
    }

    /** Several memberships and no choice: only the person's own account may be read; a wrong choice is 403. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, AccountUserDetails account)
            throws IOException {
        String header = request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            writer.write(request, response, Problems.forbidden());
            return;
        }
        writer.write(request, response, Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "acting-for-required",
                "Acting for which enterprise?", "This account is a member of " + account.memberships().size()
                        + " enterprises: name the one it acts for in the " + HEADER + " header (id or credit code)."),
                List.of(new FieldProblem(HEADER, "required: this account acts for several enterprises", null))));
    }

    private static boolean ownAccountRead(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        return (header == null || header.isBlank()) && "GET".equals(request.getMethod())
                && path(request).equals("/api/v1/accounts/me");
    }

    static void actAs(String username, Caller caller) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ActingAuthentication(username, caller));
        SecurityContextHolder.setContext(context);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A signed-in person acting for one enterprise: the principal is the {@link Caller}. */
    static final class ActingAuthentication extends AbstractAuthenticationToken {

        private final String username;
        private final Caller caller;

        ActingAuthentication(String username, Caller caller) {
            super(List.of(new SimpleGrantedAuthority(caller.role().authority())));
            this.username = username;
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return caller;
        }

        @Override
        public String getName() {
            return username;
        }
    }
}
