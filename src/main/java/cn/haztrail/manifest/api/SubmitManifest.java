package cn.haztrail.manifest.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Signs and submits a draft with the number allocated for it (R11). */
public record SubmitManifest(@TargetAggregateIdentifier UUID manifestId, String number, @TargetAggregateVersion Long expectedVersion) {
}
