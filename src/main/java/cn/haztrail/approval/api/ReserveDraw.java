package cn.haztrail.approval.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Holds quantity on an approval for a receipt under way (R14), decided as {@link DrawOnApproval} is but counting
 * what other receipts hold too; the hold ends when it is confirmed, released or expires. Repeated while the hold
 * stands, it changes nothing.
 */
public record ReserveDraw(@TargetAggregateIdentifier UUID approvalId, UUID manifestId, BigDecimal tonnes,
                          LocalDate onDate) {
}
