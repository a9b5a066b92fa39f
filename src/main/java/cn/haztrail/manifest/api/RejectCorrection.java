package cn.haztrail.manifest.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Another party on the manifest rejects a proposed correction (R20). */
public record RejectCorrection(@TargetAggregateIdentifier UUID manifestId, UUID correctionId, UUID rejectedBy, String reason) {
}
