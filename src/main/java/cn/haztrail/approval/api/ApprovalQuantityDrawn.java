package cn.haztrail.approval.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.UUID;

/** A received quantity counted against an approval; {@code drawnTotal} is what the approval has used so far. */
@Revision("1")
public record ApprovalQuantityDrawn(UUID approvalId, UUID manifestId, BigDecimal tonnes, BigDecimal drawnTotal) {
}
