package cn.haztrail.account.api;

import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.shared.security.MemberRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Opens the account of a person who becomes a member of an enterprise (its first manager, or one more member). */
public record OpenPersonAccount(@TargetAggregateIdentifier UUID accountId, UUID enterpriseId, MemberRole memberRole,
                                PartyRole actsAs) {
}
