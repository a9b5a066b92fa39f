package cn.haztrail.registry.api;

import cn.haztrail.shared.axon.StoresNothing;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Asks a receiver whether it may be named for these lines on a date: a licence valid that day (and, when
 * {@code coveredUntil} is given, through that day) covering every code and method, not suspended or revoked (R03),
 * collection-only licences naming no final method (R05), and room in the licence year's capacity for the lines'
 * tonnes (R04). Stores nothing; refuses with the rule it would break. Answers the covering licence's id.
 */
public record CheckAdmission(@TargetAggregateIdentifier UUID receiverId, List<AdmissionLine> lines, LocalDate onDate,
                             LocalDate coveredUntil) implements StoresNothing {
}
