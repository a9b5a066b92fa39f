package cn.haztrail.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Puts a suspended licence back in force. */
public record ReinstateLicence(@TargetAggregateIdentifier UUID enterpriseId, UUID licenceId, String reason,
                             @TargetAggregateVersion Long expectedVersion) {
}
