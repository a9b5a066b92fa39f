package cn.haztrail.manifest.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Records on a manifest the follow-on manifest that carries its rejected waste (R18 lineage). Sent by the process
 * that follows a follow-on's draft; linking the same follow-on again changes nothing.
 */
public record LinkFollowOn(@TargetAggregateIdentifier UUID manifestId, UUID followOnManifestId, ManifestKind kind) {
}
