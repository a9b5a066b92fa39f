package cn.haztrail.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The person may no longer act for (nor read as) the enterprise, until enabled again. */
public record DisableMember(@TargetAggregateIdentifier UUID accountId, UUID enterpriseId) {
}
