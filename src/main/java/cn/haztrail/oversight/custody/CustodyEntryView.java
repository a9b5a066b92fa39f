package cn.haztrail.oversight.custody;

import cn.haztrail.shared.axon.AuditMetadata;

import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.web.QuantityView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One event of the chain of custody with who did it, when it happened and when it was recorded (R22, R24). */
@Schema(description = "One event of the chain of custody")
public record CustodyEntryView(
        @Schema(description = "1-based position in this answer", example = "5") int position,
        @Schema(example = "TransferManifest", allowableValues = {"WasteBatch", "TransferManifest"})
        String aggregateType,
        UUID aggregateId,
        @Schema(description = "The event's sequence number in its stream", example = "2") long sequenceNumber,
        @Schema(example = "ManifestPickedUp") String eventType,
        @Schema(example = "Picked up by 景德镇市安运危险货物运输有限公司 with 赣H12345 (装车)") String summary,
        CustodyActor actor,
        @Schema(description = "When it happened in the world, as stated (业务时间)", example = "2026-11-25T01:30:00Z")
        Instant businessTime,
        @Schema(description = "When HazTrail recorded it", example = "2026-11-25T01:30:02.118Z") Instant recordedAt,
        QuantityView declared, QuantityView accepted, QuantityView disposed,
        @Schema(example = "[\"QUANTITY\"]") List<DiscrepancyKind> discrepancyKinds,
        @Schema(description = "The rule of the rules reference (api-docs/rules.md) under which something was refused", example = "R13")
        String refusalRule,
        @Schema(example = "labels missing: 91360200MA35G8XK2H9002490820261120001; not on the manifest: none")
        String refusalReason,
        @Schema(description = "The stored event; it holds no personal data (drivers and contacts "
                + "are opaque references)",
                example = "{\"manifestId\":\"0b7c6f7e-3f4a-4c55-9d0e-2b1a6c9e8f10\","
                        + "\"carrierId\":\"5d2f4c1e-8a7b-3c6d-9e0f-1a2b3c4d5e6f\",\"vehiclePlate\":\"赣H12345\","
                        + "\"driverRef\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\","
                        + "\"pickedUpAt\":\"2026-11-25T01:30:00Z\"}")
        Map<String, Object> payload,
        @Schema(description = "Set when the step was entered late with this reason (R26, 补录): its business time lies "
                + "more than the late-entry window before its recording", example = "PAPER_BACKFILL")
        LateEntryReason lateEntry,
        @Schema(description = "Set when the event was imported from another system (the provincial backflow, "
                + "api-docs/backflow-format.md): where it came from")
        ImportedFrom importedFrom) {

    /** The source of an imported event: the system, its record id and the import job (issue 17). */
    @Schema(description = "The source of an imported event")
    public record ImportedFrom(@Schema(example = "JX-SWMS") String sourceSystem,
                               @Schema(example = "LD-2026-000123") String sourceRecordId,
                               UUID importJobId) {

        static ImportedFrom of(Map<String, ?> metaData) {
            Object system = metaData.get(AuditMetadata.SOURCE_SYSTEM);
            if (system == null) {
                return null;
            }
            Object job = metaData.get(AuditMetadata.IMPORT_JOB_ID);
            Object record = metaData.get(AuditMetadata.SOURCE_RECORD_ID);
            return new ImportedFrom(system.toString(), record == null ? null : record.toString(),
                    job == null ? null : UUID.fromString(job.toString()));
        }
    }

    /** Who did it: the account, the enterprise it acted for and the role it acted in. */
    @Schema(description = "Who recorded the event (R22); account system for what HazTrail did by itself")
    public record CustodyActor(@Schema(example = "3f0c9a4e-2b1d-4e8f-9a6b-7c5d4e3f2a1b") String accountId,
                               UUID enterpriseId,
                               @Schema(example = "景德镇市安运危险货物运输有限公司") String enterpriseName,
                               @Schema(example = "CARRIER") String role) {
    }
}
