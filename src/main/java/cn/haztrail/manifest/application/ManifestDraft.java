package cn.haztrail.manifest.application;

import cn.haztrail.manifest.api.ExemptLine;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.shared.time.LateEntryReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a consignor asks for when drafting a manifest; the lines are batch ids, described by the batches themselves.
 * {@code draftedAt} null: drafted when recorded. {@code exemptLines}: the lines sent under an exemption (R37).
 */
public record ManifestDraft(UUID manifestId, ManifestKind kind, UUID consignorId, UUID receiverId,
                            List<UUID> carrierIds, String vehiclePlate, LocalDate plannedDate, List<UUID> batchIds,
                            String plannedMethod, UUID approvalId, String emergencyMeasures,
                            UUID previousManifestId, Instant draftedAt, LateEntryReason lateEntry,
                            List<ExemptLine> exemptLines) {

    public ManifestDraft {
        exemptLines = exemptLines == null ? List.of() : List.copyOf(exemptLines);
    }

    /** A draft without exempt lines. */
    public ManifestDraft(UUID manifestId, ManifestKind kind, UUID consignorId, UUID receiverId,
                         List<UUID> carrierIds, String vehiclePlate, LocalDate plannedDate, List<UUID> batchIds,
                         String plannedMethod, UUID approvalId, String emergencyMeasures,
                         UUID previousManifestId, Instant draftedAt, LateEntryReason lateEntry) {
        this(manifestId, kind, consignorId, receiverId, carrierIds, vehiclePlate, plannedDate, batchIds,
                plannedMethod, approvalId, emergencyMeasures, previousManifestId, draftedAt, lateEntry, List.of());
    }
}
