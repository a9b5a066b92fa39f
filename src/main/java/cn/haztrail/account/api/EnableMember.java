package cn.haztrail.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record EnableMember(@TargetAggregateIdentifier UUID accountId, UUID enterpriseId) {
}
