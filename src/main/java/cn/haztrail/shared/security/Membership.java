package cn.haztrail.shared.security;

import java.util.UUID;

/**
 * A person's membership of an enterprise, as sign-in sees it.
 *
 * @param actsAs the enterprise's party role the person acts in (PRODUCER, CARRIER, ...)
 */
public record Membership(UUID enterpriseId, MemberRole memberRole, Role actsAs, boolean enabled) {

    public Caller callerFor(String accountId) {
        return new Caller(accountId, actsAs, enterpriseId, null, memberRole);
    }
}
