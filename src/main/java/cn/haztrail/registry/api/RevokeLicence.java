package cn.haztrail.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Revokes a licence for good. */
public record RevokeLicence(@TargetAggregateIdentifier UUID enterpriseId, UUID licenceId, String reason,
                             @TargetAggregateVersion Long expectedVersion) {
}
