package cn.haztrail.backflow.query;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordType;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.HandoverCompleted;
import cn.haztrail.manifest.api.HandoverOffered;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.domain.QuantityUnit;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestSubmitted;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One manifest's stream as a MANIFEST record: its terms as drafted, each custody step it reached, the discrepancies
 * found at its receipt and its cancellation.
 */
final class ExportedManifests {

    private final ZoneId zone;
    private final Map<UUID, String> creditCodes;

    ExportedManifests(ZoneId zone, Map<UUID, String> creditCodes) {
        this.zone = zone;
        this.creditCodes = creditCodes;
    }

    record Exported(SourceRecord record, Set<UUID> parties, List<UUID> batches) {
    }

    /** Null for a stream without a draft. */
    Exported read(UUID manifestId, List<? extends DomainEventMessage<?>> events) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        Set<UUID> parties = new LinkedHashSet<>();
        List<UUID> batches = new ArrayList<>();
        boolean drafted = false;
        Map<UUID, Integer> containersReceived = new HashMap<>();
        List<Handover> handovers = new ArrayList<>();
        List<UUID> planned = List.of();
        Handover offered = null;
        for (DomainEventMessage<?> event : events) {
            Object payload = event.getPayload();
            if (payload instanceof ManifestDrafted draft) {
                drafted = true;
                values.put(Field.KIND, draft.kind().name());
                values.put(Field.CONSIGNOR_CREDIT_CODE, creditCodes.get(draft.consignorId()));
                values.put(Field.ORIGIN_REGION, draft.originRegion());
                values.put(Field.RECEIVER_CREDIT_CODE, creditCodes.get(draft.receiverId()));
                values.put(Field.DESTINATION_REGION, draft.destinationRegion());
                if (!draft.carrierIds().isEmpty()) {
                    values.put(Field.CARRIER_CREDIT_CODE, creditCodes.get(draft.carrierIds().get(0)));
                    parties.addAll(draft.carrierIds());
                }
                planned = draft.carrierIds();
                values.put(Field.VEHICLE_PLATE, draft.vehiclePlate());
                values.put(Field.PLANNED_DATE, draft.plannedDate() == null ? null : draft.plannedDate().toString());
                values.put(Field.PLANNED_METHOD, draft.plannedMethod());
                values.put(Field.EMERGENCY_MEASURES, draft.emergencyMeasures());
                values.put(Field.DRAFTED_AT, time(draft.draftedAt()));
                draft.lines().stream().map(BatchLine::batchId).forEach(batches::add);
                values.put(Field.LINE_BATCHES, batches.stream().map(id -> "B-" + id)
                        .collect(Collectors.joining(Field.LIST_SEPARATOR)));
                parties.add(draft.consignorId());
                parties.add(draft.receiverId());
            } else if (payload instanceof ManifestSubmitted submitted) {
                values.put(Field.MANIFEST_NUMBER, submitted.number());
                values.put(Field.SUBMITTED_AT, time(submitted.submittedAt()));
            } else if (payload instanceof ManifestPickedUp pickedUp) {
                values.put(Field.PICKED_UP_AT, time(pickedUp.pickedUpAt()));
                values.put(Field.VEHICLE_PLATE, pickedUp.vehiclePlate());
            } else if (payload instanceof ManifestArrived arrived) {
                values.put(Field.ARRIVED_AT, time(arrived.arrivedAt()));
            } else if (payload instanceof HandoverOffered offer) {
                offered = new Handover(offer.toCarrierId(), businessTime(event, offer.offeredAt()), null, null);
            } else if (payload instanceof HandoverCompleted handover) {
                Instant at = businessTime(event, handover.handedOverAt());
                handovers.add(new Handover(handover.toCarrierId(), offered == null ? at : offered.offeredAt(),
                        at, handover.vehiclePlate()));
                offered = null;
            } else if (payload instanceof DiscrepancyRecorded found) {
                containersReceived.put(found.batchId(), found.containersReceived());
            } else if (payload instanceof ManifestCancelled cancelled) {
                values.put(Field.CANCELLED_AT, time(cancelled.cancelledAt()));
                values.put(Field.CANCEL_REASON, cancelled.reason());
            } else if (payload instanceof ManifestReceived received) {
                discrepancies(values, received.lines(), containersReceived);
                values.put(Field.RECEIVED_AT, time(received.receivedAt()));
                values.put(Field.LINE_DECISIONS, join(received.lines(), line -> line.decision().name()));
                values.put(Field.LINE_ACCEPTED_TONNES, join(received.lines(), line ->
                        line.decision() == LineDecision.REJECT || line.acceptedQuantity() == null ? ""
                                : line.acceptedQuantity().tonnes().stripTrailingZeros().toPlainString()));
                values.put(Field.LINE_METHODS, join(received.lines(), line ->
                        line.methodCode() == null ? "" : line.methodCode()));
                weighing(values, received.lines());
            }
        }
        if (!drafted) {
            return null;
        }
        if (offered != null) {
            handovers.add(offered);
        }
        handovers(values, handovers);
        // carriers named and not reached (yet): without them a handover the importing side records could go nowhere
        if (planned.size() > 1 + handovers.size()) {
            values.put(Field.PLANNED_CARRIER_CREDIT_CODES, planned.stream().map(creditCodes::get)
                    .collect(Collectors.joining(Field.LIST_SEPARATOR)));
        }
        return new Exported(CityExport.record(RecordType.MANIFEST, "M-" + manifestId, values), parties, batches);
    }

    /**
     * The handovers, each with the time it was offered (the last offer before it was taken over); the last may be
     * offered and not yet taken over: no taken-over time nor plate (an empty value), so the next carrier can take the
     * waste over where the record is imported.
     */
    private void handovers(Map<Field, String> values, List<Handover> handovers) {
        if (handovers.isEmpty()) {
            return;
        }
        values.put(Field.HANDOVER_CARRIER_CREDIT_CODES, handovers.stream()
                .map(handover -> creditCodes.get(handover.toCarrierId())).collect(Collectors.joining(Field.LIST_SEPARATOR)));
        values.put(Field.HANDOVER_OFFERED_AT, handovers.stream().map(handover -> time(handover.offeredAt()))
                .collect(Collectors.joining(Field.LIST_SEPARATOR)));
        values.put(Field.HANDED_OVER_AT, handovers.stream().map(handover -> handover.handedOverAt() == null ? ""
                : time(handover.handedOverAt())).collect(Collectors.joining(Field.LIST_SEPARATOR)));
        if (handovers.stream().anyMatch(handover -> handover.vehiclePlate() != null)) {
            values.put(Field.HANDOVER_PLATES, handovers.stream().map(handover -> handover.vehiclePlate() == null
                    ? "" : handover.vehiclePlate()).collect(Collectors.joining(Field.LIST_SEPARATOR)));
        }
    }

    /** A handover as exported: taken over at a time with a plate, or (the last) offered and not yet taken over. */
    private record Handover(UUID toCarrierId, Instant offeredAt, Instant handedOverAt, String vehiclePlate) {
    }

    /** Written only when a line has one, so a receipt without discrepancies keeps its record as before. */
    private static void discrepancies(Map<Field, String> values, List<LineOutcome> lines,
                                      Map<UUID, Integer> containersReceived) {
        if (lines.stream().anyMatch(line -> !line.discrepancies().isEmpty())) {
            values.put(Field.LINE_DISCREPANCIES, join(lines, line -> line.discrepancies().stream().map(Enum::name)
                    .collect(Collectors.joining(","))));
            values.put(Field.LINE_CONTAINERS_RECEIVED, join(lines, line ->
                    containersReceived.containsKey(line.batchId())
                            ? String.valueOf(containersReceived.get(line.batchId())) : ""));
        }
        if (lines.stream().anyMatch(line -> line.note() != null)) {
            values.put(Field.LINE_NOTES, join(lines, line -> line.note() == null ? ""
                    : line.note().replace(Field.LIST_SEPARATOR, "/")));
        }
    }

    /**
     * The unit each line was weighed in and its weighbridge ticket (R27), written only when a line was weighed in
     * other than tonnes or has a ticket, so a receipt without them keeps its record as before.
     */
    private static void weighing(Map<Field, String> values, List<LineOutcome> lines) {
        if (lines.stream().anyMatch(line -> line.acceptedQuantity() != null
                && line.acceptedQuantity().unit() != QuantityUnit.T)) {
            values.put(Field.LINE_ACCEPTED_UNITS, join(lines, line -> line.acceptedQuantity() == null
                    || line.decision() == LineDecision.REJECT ? "" : line.acceptedQuantity().unit().symbol()));
        }
        if (lines.stream().anyMatch(line -> line.weighbridgeTicket() != null)) {
            values.put(Field.LINE_WEIGHBRIDGE_TICKETS, join(lines, line ->
                    line.weighbridgeTicket() == null ? "" : line.weighbridgeTicket()));
        }
    }

    /** When a step happened: its own time, else the business time it was recorded with. */
    private static Instant businessTime(DomainEventMessage<?> event, Instant own) {
        return own != null ? own : AuditMetadata.businessTime(event.getMetaData(), event.getTimestamp());
    }

    private String time(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime().toString();
    }

    private static String join(List<LineOutcome> lines, java.util.function.Function<LineOutcome, String> value) {
        return lines.stream().map(value).collect(Collectors.joining(Field.LIST_SEPARATOR));
    }
}
