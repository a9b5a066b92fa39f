package cn.haztrail.manifest.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Records on a manifest the follow-on manifest that carries its rejected waste (R18 lineage). */
public record LinkFollowOn(@TargetAggregateIdentifier UUID manifestId, UUID followOnManifestId, ManifestKind kind) {
}
