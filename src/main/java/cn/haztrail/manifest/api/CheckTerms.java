package cn.haztrail.manifest.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * What are the manifest's terms ({@link ManifestTerms})? Refuses nothing and stores nothing: submission and pickup
 * ask it, in their own transaction, before they ask the registry, the approval and the exemptions, instead of a read
 * model that may lag behind the manifest's own events.
 */
public record CheckTerms(@TargetAggregateIdentifier UUID manifestId) {
}
