package cn.haztrail.enrolment.command;

import cn.haztrail.registry.api.PartyRole;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * {@code oidc} profile: no local account. The enterprise's people sign in with the identity provider's tokens, which
 * name the enterprise by its credit code (claim {@code credit_code}).
 */
@Component
@Profile("oidc")
class IdentityProviderFirstManager implements FirstManager {

    @Override
    public Optional<UUID> open(String username, UUID enterpriseId, PartyRole actsAs) {
        return Optional.empty();
    }
}
