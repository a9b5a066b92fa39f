package cn.haztrail.account.api;

import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.shared.security.MemberRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Makes an existing person a member of one more enterprise (a group company). */
public record AddMember(@TargetAggregateIdentifier UUID accountId, UUID enterpriseId, MemberRole memberRole,
                        PartyRole actsAs) {
}
