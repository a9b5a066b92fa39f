package cn.haztrail.batch.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Takes a batch off a manifest that was cancelled before pickup (R12). */
public record ReleaseBatch(@TargetAggregateIdentifier UUID batchId, UUID manifestId, String reason) {
}
