package cn.haztrail.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Opens a regulator's account, reading within its jurisdiction (a 6-digit region code). */
public record OpenRegulatorAccount(@TargetAggregateIdentifier UUID accountId, String jurisdiction) {
}
