package cn.haztrail.manifest.api;

import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The receiver confirmed receipt with its decision per line (R18). Since revision 2 it also names the manifest's kind
 * and the approval its accepted tonnes count against (R14), and each line its waste code, so that the processes that
 * confirm the receiver's and the approval's holds need nothing but this event; in revision 1 receipts (admitted and
 * drawn in the receipt's own transaction) they are null.
 */
@Revision("2")
public record ManifestReceived(UUID manifestId, UUID receiverId, List<LineOutcome> lines, ReceiptOutcome outcome,
                               Instant receivedAt, boolean late, LateEntryReason lateEntry, ManifestKind kind,
                               UUID approvalId) implements LateEntered {

    /** A receipt as revision 1 recorded it: kind and approval unknown. */
    public ManifestReceived(UUID manifestId, UUID receiverId, List<LineOutcome> lines, ReceiptOutcome outcome,
                            Instant receivedAt, boolean late, LateEntryReason lateEntry) {
        this(manifestId, receiverId, lines, outcome, receivedAt, late, lateEntry, null, null);
    }
}
