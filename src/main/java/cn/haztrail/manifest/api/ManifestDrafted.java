package cn.haztrail.manifest.api;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A manifest was drafted by its consignor. Revision 2 names the lines sent under an exemption (R37); a revision 1
 * event is read with none ({@code ManifestDraftedUpcaster}).
 */
@Revision("2")
public record ManifestDrafted(UUID manifestId, ManifestKind kind, UUID consignorId, String originRegion, UUID receiverId,
                              String destinationRegion, List<UUID> carrierIds, String vehiclePlate,
                              LocalDate plannedDate, List<BatchLine> lines, String plannedMethod, UUID approvalId,
                              String emergencyMeasures, UUID previousManifestId,
                              Instant draftedAt, LateEntryReason lateEntry, List<ExemptLine> exemptLines)
        implements LateEntered {

    public ManifestDrafted {
        exemptLines = exemptLines == null ? List.of() : List.copyOf(exemptLines);
    }

    /** A manifest without exempt lines. */
    public ManifestDrafted(UUID manifestId, ManifestKind kind, UUID consignorId, String originRegion, UUID receiverId,
                           String destinationRegion, List<UUID> carrierIds, String vehiclePlate,
                           LocalDate plannedDate, List<BatchLine> lines, String plannedMethod, UUID approvalId,
                           String emergencyMeasures, UUID previousManifestId,
                           Instant draftedAt, LateEntryReason lateEntry) {
        this(manifestId, kind, consignorId, originRegion, receiverId, destinationRegion, carrierIds, vehiclePlate,
                plannedDate, lines, plannedMethod, approvalId, emergencyMeasures, previousManifestId, draftedAt,
                lateEntry, List.of());
    }
}
