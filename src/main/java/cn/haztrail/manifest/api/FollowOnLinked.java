package cn.haztrail.manifest.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The manifest's rejected waste travels on a follow-on manifest (R18 lineage). */
@Revision("1")
public record FollowOnLinked(UUID manifestId, UUID followOnManifestId, ManifestKind kind) {
}
