package cn.haztrail.collection.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A collection round was planned: the collector, the carrier and its vehicle, the day (R42). */
@Revision("1")
public record CollectionRoundPlanned(UUID roundId, UUID collectorId, UUID carrierId, String vehiclePlate,
                                     LocalDate plannedDay) {
}
