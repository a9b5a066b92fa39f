package cn.haztrail.account.api;

import cn.haztrail.shared.security.MemberRole;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record MemberRoleChanged(UUID accountId, UUID enterpriseId, MemberRole previousRole, MemberRole memberRole) {
}
