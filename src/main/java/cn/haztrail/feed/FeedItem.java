package cn.haztrail.feed;

import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/** One event as integrators receive it, from the feed or a webhook; {@code position} orders and de-duplicates. */
@Schema(description = "An event of the custody chain with its global position")
public record FeedItem(
        @Schema(description = "Global position in the event store: ask the feed for events after it", example = "1042")
        long position,
        @Schema(example = "b6f0d1f2-8c1e-4f0a-9d3b-5e2a7c9f1e44") String eventId,
        @Schema(example = "ManifestPickedUp") String type,
        @Schema(example = "TransferManifest") String aggregateType,
        String aggregateId,
        long sequence,
        Instant recordedAt,
        Instant businessTime,
        @Schema(description = "The account that caused it (no personal data)") String accountId,
        @Schema(description = "The event's content") JsonNode payload,
        @Schema(description = "Set when the step was entered late with this reason (R26, 补录)",
                example = "PAPER_BACKFILL") LateEntryReason lateEntry,
        @Schema(description = "Set when the event was imported from another system (the provincial backflow, "
                + "api-docs/backflow-format.md): that system", example = "JX-SWMS") String sourceSystem,
        @Schema(description = "The imported record's id in its source system", example = "LD-2026-000123")
        String sourceRecordId,
        @Schema(description = "The import job that stored it") String importJobId) {

    /**
     * The payload goes in as the event object itself, written by the mapper when the item is: the same JSON a tree
     * made of it first would give, without building the tree (a replay writes an item per event).
     */
    public static FeedItem of(EventMessage<?> event, long position, JsonMapper json) {
        DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
        return new FeedItem(position, event.getIdentifier(), event.getPayloadType().getSimpleName(), domain.getType(),
                domain.getAggregateIdentifier(), domain.getSequenceNumber(), event.getTimestamp(),
                AuditMetadata.businessTime(event.getMetaData(), event.getTimestamp()),
                AuditMetadata.accountId(event.getMetaData()), json.getNodeFactory().pojoNode(event.getPayload()),
                event.getPayload() instanceof LateEntered step ? step.lateEntry() : null,
                text(event, AuditMetadata.SOURCE_SYSTEM), text(event, AuditMetadata.SOURCE_RECORD_ID),
                text(event, AuditMetadata.IMPORT_JOB_ID));
    }

    private static String text(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
