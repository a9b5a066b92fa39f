package cn.haztrail.approval.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The receipt happened: the held quantity is drawn ({@link ApprovalQuantityDrawn}). Never refused for the cap:
 * without a hold (it expired, or the process ran late) {@code tonnes} are drawn all the same and any overrun is
 * recorded ({@link ApprovalDrawOverrun}). Repeated, it changes nothing.
 */
public record ConfirmDraw(@TargetAggregateIdentifier UUID approvalId, UUID manifestId, BigDecimal tonnes) {
}
