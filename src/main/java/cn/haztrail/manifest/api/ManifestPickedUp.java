package cn.haztrail.manifest.api;

import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The first carrier loaded the waste; custody passed from the consignor (R13, R15). */
@Revision("1")
public record ManifestPickedUp(UUID manifestId, UUID carrierId, String vehiclePlate, UUID driverRef, Instant pickedUpAt,
                               LateEntryReason lateEntry) implements LateEntered {
}
