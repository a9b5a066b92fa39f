package cn.haztrail.shared.security;

import org.springframework.context.annotation.Profile;
import org.springframework.core.convert.converter.Converter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Maps the identity provider's claims to a {@link Caller}: the subject is the account id. The enterprise a party acts
 * for comes from its credit code (claim {@code credit_code}), which the identity provider knows anyway, or from
 * HazTrail's enterprise id (claim {@code enterprise_id}); an optional member role (claim {@code member_role}) narrows
 * what the person may do inside it (R29). A token without role and enterprise claims is a member mapping instead:
 * its subject is a HazTrail member's username, and the memberships kept here say whom it acts for. The console's
 * page sign-in maps the ID token of the same provider here too, so pages and API see one caller for one person.
 */
@Component
@Profile("oidc")
public class JwtCallerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Claims claims;
    private final JdbcTemplate jdbc;
    private final AccountUserDetailsService accounts;

    JwtCallerConverter(SecurityProperties properties, JdbcTemplate jdbc, AccountUserDetailsService accounts) {
        this.claims = properties.claims();
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return fromClaims(jwt, jwt);
    }

    /**
     * The caller a set of identity-provider claims (a bearer JWT, or an ID token) names; refused with an
     * {@link org.springframework.security.oauth2.core.OAuth2AuthenticationException} when the claims make none.
     *
     * @param credentials what the claims came in, kept as the authentication's credentials
     */
    public AbstractAuthenticationToken fromClaims(ClaimAccessor jwt, Object credentials) {
        if (!jwt.hasClaim(claims.creditCode()) && !jwt.hasClaim(claims.enterprise()) && !jwt.hasClaim(claims.role())) {
            return member(jwt, credentials);
        }
        Role role = role(jwt);
        try {
            Caller caller = new Caller(subject(jwt), role, enterprise(jwt),
                    jwt.getClaimAsString(claims.jurisdiction()), memberRole(jwt));
            return new CallerAuthentication(caller, credentials);
        } catch (IllegalArgumentException incomplete) {
            throw new InvalidBearerTokenException("The token's claims (" + claims.enterprise() + ", "
                    + claims.jurisdiction() + ") do not make a HazTrail caller: " + incomplete.getMessage());
        }
    }

    /**
     * A token that names no role nor enterprise is a member mapping: its subject is the username of a HazTrail
     * account whose memberships (managed under /api/v1/enterprises/{id}/members) say whom it acts for.
     */
    private AbstractAuthenticationToken member(ClaimAccessor jwt, Object credentials) {
        try {
            AccountUserDetails account = (AccountUserDetails) accounts.loadUserByUsername(subject(jwt));
            if (account.ownCaller() == null && account.memberships().isEmpty()) {
                throw new InvalidBearerTokenException("The token's subject is a member of no enterprise");
            }
            return new MemberAuthentication(account, credentials);
        } catch (UsernameNotFoundException unknown) {
            throw new InvalidBearerTokenException("The token names no role and its subject is no HazTrail member");
        }
    }

    private static String subject(ClaimAccessor jwt) {
        return jwt.getClaimAsString("sub");
    }

    private Role role(ClaimAccessor jwt) {
        String value = jwt.getClaimAsString(claims.role());
        try {
            return Role.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("Claim " + claims.role() + " is not a HazTrail role: " + value);
        }
    }

    private UUID enterprise(ClaimAccessor jwt) {
        String creditCode = jwt.getClaimAsString(claims.creditCode());
        if (creditCode != null) {
            return jdbc.queryForList("select id from enterprise_view where credit_code = ?", UUID.class, creditCode)
                    .stream().findFirst().orElseThrow(() -> new InvalidBearerTokenException("Claim "
                            + claims.creditCode() + " names no registered enterprise"));
        }
        String value = jwt.getClaimAsString(claims.enterprise());
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("Claim " + claims.enterprise() + " is not an enterprise id");
        }
    }

    private MemberRole memberRole(ClaimAccessor jwt) {
        String value = jwt.getClaimAsString(claims.memberRole());
        try {
            return value == null ? null : MemberRole.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("Claim " + claims.memberRole() + " is not a member role: " + value);
        }
    }

    /** A verified JWT (or ID token) of a mapped member: {@link ActingForFilter} chooses the membership it acts for. */
    static final class MemberAuthentication extends AbstractAuthenticationToken {

        private final AccountUserDetails account;
        private final Object jwt;

        MemberAuthentication(AccountUserDetails account, Object jwt) {
            super(account.getAuthorities());
            this.account = account;
            this.jwt = jwt;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return jwt;
        }

        @Override
        public Object getPrincipal() {
            return account;
        }
    }

    /** A verified JWT (or ID token) whose principal is the {@link Caller}. */
    static final class CallerAuthentication extends AbstractAuthenticationToken {

        private final Caller caller;
        private final Object jwt;

        CallerAuthentication(Caller caller, Object jwt) {
            super(List.of(new SimpleGrantedAuthority(caller.role().authority())));
            this.caller = caller;
            this.jwt = jwt;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return jwt;
        }

        @Override
        public Object getPrincipal() {
            return caller;
        }
    }
}
