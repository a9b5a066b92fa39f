package cn.haztrail.account.api;

import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.shared.security.MemberRole;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The person became a member of the enterprise with a member role, acting in one of the enterprise's party roles.
 */
@Revision("1")
public record MemberAdded(UUID accountId, UUID enterpriseId, MemberRole memberRole, PartyRole actsAs) {
}
