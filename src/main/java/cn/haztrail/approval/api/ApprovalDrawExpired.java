package cn.haztrail.approval.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Quantity held for a receipt that was neither confirmed nor released by {@code expiredAt}; free again. */
@Revision("1")
public record ApprovalDrawExpired(UUID approvalId, UUID manifestId, BigDecimal tonnes, Instant expiredAt) {
}
