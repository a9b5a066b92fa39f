package cn.haztrail.manifest.api;

import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The manifest was cancelled before pickup (R12); its number is never reused. */
@Revision("1")
public record ManifestCancelled(UUID manifestId, String reason, Instant cancelledAt, LateEntryReason lateEntry)
        implements LateEntered {
}
