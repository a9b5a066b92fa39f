package cn.haztrail.manifest.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The receiver has not confirmed receipt within 5 working days of arrival (R16). */
@Revision("1")
public record ReceiptOverdue(UUID manifestId, UUID receiverId, Instant receiptDueAt) {
}
