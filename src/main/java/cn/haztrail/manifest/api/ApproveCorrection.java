package cn.haztrail.manifest.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Another party on the manifest approves a proposed correction (R20). */
public record ApproveCorrection(@TargetAggregateIdentifier UUID manifestId, UUID correctionId, UUID approvedBy) {
}
