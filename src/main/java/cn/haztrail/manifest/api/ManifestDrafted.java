package cn.haztrail.manifest.api;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A manifest was drafted by its consignor. */
@Revision("1")
public record ManifestDrafted(UUID manifestId, ManifestKind kind, UUID consignorId, String originRegion, UUID receiverId,
                              String destinationRegion, List<UUID> carrierIds, String vehiclePlate,
                              LocalDate plannedDate, List<BatchLine> lines, String plannedMethod, UUID approvalId,
                              String emergencyMeasures, UUID previousManifestId,
                              Instant draftedAt, LateEntryReason lateEntry) implements LateEntered {
}
