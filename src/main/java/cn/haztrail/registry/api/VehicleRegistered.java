package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A vehicle was registered to a carrier, with its road operating permit number (道路运输证号). */
@Revision("1")
public record VehicleRegistered(UUID enterpriseId, String plate, String operatingPermitNo) {
}
