package cn.haztrail.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The person changed its password (the password itself never reaches the aggregate). */
public record RecordPasswordChange(@TargetAggregateIdentifier UUID accountId) {
}
