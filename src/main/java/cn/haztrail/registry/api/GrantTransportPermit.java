package cn.haztrail.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.UUID;

/** Grants a road dangerous-goods transport permit to a carrier. */
public record GrantTransportPermit(@TargetAggregateIdentifier UUID enterpriseId, UUID permitId, String number, LocalDate validFrom,
                                   LocalDate validTo, @TargetAggregateVersion Long expectedVersion) {
}
