package cn.haztrail.manifest.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;
import java.util.UUID;

/** A party proposes to correct a signed manifest (R20). */
public record ProposeCorrection(@TargetAggregateIdentifier UUID manifestId, UUID correctionId, UUID proposedBy, Map<String, String> changes,
                                String reason) {
}
