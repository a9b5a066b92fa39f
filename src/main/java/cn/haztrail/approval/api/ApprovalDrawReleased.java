package cn.haztrail.approval.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.UUID;

/** Quantity held for a receipt given back, because the receipt was refused ({@code reason}). */
@Revision("1")
public record ApprovalDrawReleased(UUID approvalId, UUID manifestId, BigDecimal tonnes, String reason) {
}
