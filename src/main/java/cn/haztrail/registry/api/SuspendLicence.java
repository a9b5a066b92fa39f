package cn.haztrail.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Suspends a licence until it is reinstated. */
public record SuspendLicence(@TargetAggregateIdentifier UUID enterpriseId, UUID licenceId, String reason,
                             @TargetAggregateVersion Long expectedVersion) {
}
