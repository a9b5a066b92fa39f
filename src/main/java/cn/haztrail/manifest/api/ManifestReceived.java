package cn.haztrail.manifest.api;

import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The receiver confirmed receipt with its decision per line (R18). */
@Revision("1")
public record ManifestReceived(UUID manifestId, UUID receiverId, List<LineOutcome> lines, ReceiptOutcome outcome, Instant receivedAt,
                               boolean late, LateEntryReason lateEntry) implements LateEntered {
}
