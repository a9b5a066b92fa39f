package cn.haztrail.account.api;

import cn.haztrail.shared.security.MemberRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record ChangeMemberRole(@TargetAggregateIdentifier UUID accountId, UUID enterpriseId, MemberRole memberRole) {
}
