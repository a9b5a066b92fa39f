package cn.haztrail.manifest.api;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.shared.axon.BusinessTimed;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Drafts a manifest: one consignor, one receiver, carriers in order, at least one line (R10); across provinces an
 * approval (R14); lines may be sent under a targeted-utilization exemption (R37).
 */
public record DraftManifest(@TargetAggregateIdentifier UUID manifestId, ManifestKind kind, UUID consignorId, String originRegion,
                            UUID receiverId, String destinationRegion, List<UUID> carrierIds, String vehiclePlate,
                            LocalDate plannedDate, List<BatchLine> lines, String plannedMethod, UUID approvalId,
                            String emergencyMeasures, UUID previousManifestId,
                            Instant draftedAt, LateEntryReason lateEntry, List<ExemptLine> exemptLines)
        implements BusinessTimed {

    public DraftManifest {
        exemptLines = exemptLines == null ? List.of() : List.copyOf(exemptLines);
    }

    /** A draft without exempt lines. */
    public DraftManifest(UUID manifestId, ManifestKind kind, UUID consignorId, String originRegion, UUID receiverId,
                         String destinationRegion, List<UUID> carrierIds, String vehiclePlate, LocalDate plannedDate,
                         List<BatchLine> lines, String plannedMethod, UUID approvalId, String emergencyMeasures,
                         UUID previousManifestId, Instant draftedAt, LateEntryReason lateEntry) {
        this(manifestId, kind, consignorId, originRegion, receiverId, destinationRegion, carrierIds, vehiclePlate,
                plannedDate, lines, plannedMethod, approvalId, emergencyMeasures, previousManifestId, draftedAt,
                lateEntry, List.of());
    }

    @Override
    public Instant businessTime() {
        return draftedAt;
    }
}
