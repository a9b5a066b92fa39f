package cn.haztrail.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The person set a password with the activation token (the password itself never reaches the aggregate). */
public record ActivateAccount(@TargetAggregateIdentifier UUID accountId) {
}
