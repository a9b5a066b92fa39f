package cn.haztrail.enrolment.command;

import cn.haztrail.registry.api.PartyRole;

import java.util.Optional;
import java.util.UUID;

/**
 * Opens the first manager of an approved applicant where HazTrail keeps the passwords (embedded login); with the
 * {@code oidc} profile people sign in at the identity provider and nothing is opened here.
 */
public interface FirstManager {

    /** @return the manager's account, not yet activated; empty when the login is not HazTrail's */
    Optional<UUID> open(String username, UUID enterpriseId, PartyRole actsAs);
}
