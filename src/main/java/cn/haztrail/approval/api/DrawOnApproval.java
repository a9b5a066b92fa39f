package cn.haztrail.approval.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Counts a received quantity against the approval's cap; refused when it would exceed it (R14). */
public record DrawOnApproval(@TargetAggregateIdentifier UUID approvalId, UUID manifestId, BigDecimal tonnes,
                             LocalDate onDate) {
}
