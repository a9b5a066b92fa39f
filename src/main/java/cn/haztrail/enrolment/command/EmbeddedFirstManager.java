package cn.haztrail.enrolment.command;

import cn.haztrail.account.application.AccountLifecycle;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.shared.security.MemberRole;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Embedded login: the first manager's account is opened at approval. The activation token issued with it is dropped:
 * the approver never sees it, and the applicant asks for a fresh one with its tracking token.
 */
@Component
@Profile("!oidc")
class EmbeddedFirstManager implements FirstManager {

    private final AccountLifecycle accounts;

    EmbeddedFirstManager(AccountLifecycle accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<UUID> open(String username, UUID enterpriseId, PartyRole actsAs) {
        return Optional.of(accounts.openMember(username, enterpriseId, MemberRole.MANAGER, actsAs).accountId());
    }
}
