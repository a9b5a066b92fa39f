package cn.haztrail.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Holds room for a receipt under way on the receiver's licence (R03, R04, R05), decided as {@link AdmitWaste} is but
 * counting what other receipts hold too; the hold ends when it is confirmed, released or expires. Answers the id of
 * the licence it is held on. Repeated while the hold stands, it answers the same licence and changes nothing.
 */
public record ReserveAdmission(@TargetAggregateIdentifier UUID receiverId, UUID manifestId, List<AdmissionLine> lines,
                               LocalDate onDate) {
}
