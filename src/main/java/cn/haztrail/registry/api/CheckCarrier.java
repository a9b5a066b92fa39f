package cn.haztrail.registry.api;

import cn.haztrail.shared.axon.StoresNothing;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Asks whether a carrier may pick up on a date: a transport permit valid that day and the vehicle its own (R02). */
public record CheckCarrier(@TargetAggregateIdentifier UUID carrierId, String vehiclePlate, LocalDate onDate)
        implements StoresNothing {
}
