package cn.haztrail.manifest.api;

import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The consignor signed and submitted the manifest; its 14-digit number is assigned (R11). */
@Revision("1")
public record ManifestSubmitted(UUID manifestId, String number, Instant submittedAt, LateEntryReason lateEntry)
        implements LateEntered {
}
