package cn.haztrail.approval.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Quantity held on an approval for a receipt under way (R14): counted as drawn until confirmed (then
 * {@link ApprovalQuantityDrawn} of the same tonnes), released, or {@code expiresAt}.
 */
@Revision("1")
public record ApprovalDrawReserved(UUID approvalId, UUID manifestId, BigDecimal tonnes, Instant expiresAt) {
}
