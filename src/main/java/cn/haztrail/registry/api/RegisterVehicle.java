package cn.haztrail.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Registers a vehicle to a carrier (R02 later requires pickups to use one). */
public record RegisterVehicle(@TargetAggregateIdentifier UUID enterpriseId, String plate, String operatingPermitNo,
                              @TargetAggregateVersion Long expectedVersion) {
}
