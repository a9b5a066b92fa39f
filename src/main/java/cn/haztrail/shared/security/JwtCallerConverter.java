package cn.haztrail.shared.security;

import org.springframework.context.annotation.Profile;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** Maps the identity provider's claims to a {@link Caller}: the subject is the account id. */
@Component
@Profile("oidc")
class JwtCallerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Claims claims;

    JwtCallerConverter(SecurityProperties properties) {
        this.claims = properties.claims();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Role role = role(jwt);
        try {
            Caller caller = new Caller(jwt.getSubject(), role, enterprise(jwt), jwt.getClaimAsString(claims.jurisdiction()));
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
        String value = jwt.getClaimAsString(claims.enterprise());
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("Claim " + claims.enterprise() + " is not an enterprise id");
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
