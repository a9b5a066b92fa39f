package cn.haztrail.collection.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Plans a collection round (收集批次, R42): one collector, one carrier's vehicle, one day. */
public record PlanCollectionRound(@TargetAggregateIdentifier UUID roundId, UUID collectorId, UUID carrierId,
                                  String vehiclePlate, LocalDate plannedDay) {
}
