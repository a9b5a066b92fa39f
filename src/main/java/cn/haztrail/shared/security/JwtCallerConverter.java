package cn.haztrail.shared.security;

import org.springframework.context.annotation.Profile;
import org.springframework.core.convert.converter.Converter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Maps the identity provider's claims to a {@link Caller}: the subject is the account id. The enterprise a party acts
 * for comes from its credit code (claim {@code credit_code}), which the identity provider knows anyway, or from
 * HazTrail's enterprise id (claim {@code enterprise_id}); an optional member role (claim {@code member_role}) narrows
 * what the person may do inside it (R29).
 */
@Component
@Profile("oidc")
class JwtCallerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Claims claims;
    private final JdbcTemplate jdbc;

    JwtCallerConverter(SecurityProperties properties, JdbcTemplate jdbc) {
        this.claims = properties.claims();
        this.jdbc = jdbc;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Role role = role(jwt);
        try {
            Caller caller = new Caller(jwt.getSubject(), role, enterprise(jwt),
                    jwt.getClaimAsString(claims.jurisdiction()), memberRole(jwt));
            return new CallerAuthentication(caller, jwt);
        } catch (IllegalArgumentException incomplete) {
            throw new InvalidBearerTokenException("The token's claims (" + claims.enterprise() + ", "
                    + claims.jurisdiction() + ") do not make a HazTrail caller: " + incomplete.getMessage());
        }
    }

    private Role role(Jwt jwt) {
        String value = jwt.getClaimAsString(claims.role());
        try {
            return Role.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("Claim " + claims.role() + " is not a HazTrail role: " + value);
        }
    }

    private UUID enterprise(Jwt jwt) {
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

    private MemberRole memberRole(Jwt jwt) {
        String value = jwt.getClaimAsString(claims.memberRole());
        try {
            return value == null ? null : MemberRole.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("Claim " + claims.memberRole() + " is not a member role: " + value);
        }
    }

    /** A verified JWT whose principal is the {@link Caller}. */
    static final class CallerAuthentication extends AbstractAuthenticationToken {

        private final Caller caller;
        private final Jwt jwt;

        CallerAuthentication(Caller caller, Jwt jwt) {
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
