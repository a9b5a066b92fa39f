package cn.haztrail.manifest.api;

import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Would {@link ConfirmReceipt} with these lines be accepted by the manifest (R15-R18, R27)? Refused exactly as it would
 * be, and stores nothing: the receipt asks before it holds room on the receiver's licence and quantity on the
 * approval, so a receipt the manifest refuses never holds anything. Answers the manifest's terms
 * ({@link ManifestTerms}), which those holds are made from.
 */
public record CheckReceipt(@TargetAggregateIdentifier UUID manifestId, UUID receiverId, List<ReceiptLine> lines,
                           Instant receivedAt, @TargetAggregateVersion Long expectedVersion,
                           LateEntryReason lateEntry) {
}
