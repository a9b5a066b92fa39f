package cn.haztrail.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Counts accepted waste against the receiver's licence and its annual capacity (R03, R04, R05). */
public record AdmitWaste(@TargetAggregateIdentifier UUID receiverId, UUID manifestId, List<AdmissionLine> lines,
                         LocalDate onDate) {
}
