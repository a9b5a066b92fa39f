package cn.haztrail.collection.command;

import cn.haztrail.collection.api.AddRoundStop;
import cn.haztrail.collection.api.CollectionRoundCompleted;
import cn.haztrail.collection.api.CollectionRoundCompleted.CollectedStop;
import cn.haztrail.collection.api.CollectionRoundPlanned;
import cn.haztrail.collection.api.CollectionRoundStarted;
import cn.haztrail.collection.api.CollectionRoundStatus;
import cn.haztrail.collection.api.CollectionRoundStopAdded;
import cn.haztrail.collection.api.CompleteCollectionRound;
import cn.haztrail.collection.api.PlanCollectionRound;
import cn.haztrail.collection.api.StartCollectionRound;
import cn.haztrail.collection.api.StopManifest;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.time.StepTimes;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A collection round (收集批次, R42-R44): one collector's trip with one carrier's vehicle on one day, calling at
 * producers in order. Each stop is one producer's own manifest to the collector, so that producer's lines, labels,
 * discrepancies, receipt deadline and signatures (R10-R17) stay its own; the round only orders and checks them.
 */
@Aggregate
public class CollectionRound {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @AggregateIdentifier
    private UUID roundId;
    private UUID collectorId;
    private UUID carrierId;
    private String vehiclePlate;
    private LocalDate plannedDay;
    private CollectionRoundStatus status;
    /** The stops' manifests, stop number i + 1 at index i. */
    private final List<UUID> manifests = new ArrayList<>();
    private final Set<UUID> producers = new HashSet<>();

    protected CollectionRound() {
    }

    /** R42: a round names its collector, its carrier, the vehicle and the day. */
    @CommandHandler
    public CollectionRound(PlanCollectionRound command) {
        if (command.collectorId() == null) {
            throw CommandRefused.ruleViolated("R42", "collectorId", Translatable.of("refused.collection.no-collector"));
        }
        if (command.carrierId() == null) {
            throw CommandRefused.ruleViolated("R42", "carrierId", Translatable.of("refused.collection.no-carrier"));
        }
        if (command.vehiclePlate() == null || command.vehiclePlate().isBlank()) {
            throw CommandRefused.ruleViolated("R42", "vehiclePlate", Translatable.of("refused.collection.no-plate"));
        }
        if (command.plannedDay() == null) {
            throw CommandRefused.ruleViolated("R42", "plannedDay", Translatable.of("refused.collection.no-day"));
        }
        apply(new CollectionRoundPlanned(command.roundId(), command.collectorId(), command.carrierId(),
                command.vehiclePlate().strip(), command.plannedDay()));
    }

    /** R43, R44: a planned round takes one open manifest per producer, to its collector, by its carrier and vehicle. */
    @CommandHandler
    public void handle(AddRoundStop command, RoundStops stops) {
        StopManifest manifest = command.manifest();
        if (status != CollectionRoundStatus.PLANNED) {
            throw CommandRefused.conflict("R42", "roundId", Translatable.of("refused.collection.not-planned", roundId));
        }
        UUID id = manifest.manifestId();
        if (manifests.contains(id)) {
            throw CommandRefused.conflict("R43", "manifestId", Translatable.of("refused.collection.stop-twice", id));
        }
        // R43: a manifest waits on one round at a time; a completed round releases the stops it did not collect.
        if (stops.roundsOf(id).stream().anyMatch(other -> !other.equals(roundId))) {
            throw CommandRefused.conflict("R43", "manifestId",
                    Translatable.of("refused.collection.stop-on-other-round", id));
        }
        if (!manifest.open()) {
            throw CommandRefused.conflict("R43", "manifestId", Translatable.of("refused.collection.stop-closed", id));
        }
        if (!collectorId.equals(manifest.receiverId())) {
            throw CommandRefused.ruleViolated("R43", "manifestId",
                    Translatable.of("refused.collection.stop-receiver", id));
        }
        if (manifest.carrierIds() == null || !manifest.carrierIds().contains(carrierId)) {
            throw CommandRefused.ruleViolated("R43", "manifestId",
                    Translatable.of("refused.collection.stop-carrier", id));
        }
        if (!vehiclePlate.equals(manifest.vehiclePlate())) {
            throw CommandRefused.ruleViolated("R43", "manifestId",
                    Translatable.of("refused.collection.stop-plate", id, vehiclePlate));
        }
        if (producers.contains(manifest.consignorId())) {
            throw CommandRefused.conflict("R43", "manifestId",
                    Translatable.of("refused.collection.producer-twice", manifest.consignorId()));
        }
        // R44: the round may arrive as late as the end of its day; a medical batch must not wait past its 48 hours.
        Instant dayEnd = plannedDay.plusDays(1).atStartOfDay(CHINA).toInstant();
        if (manifest.medicalLimitAt() != null && dayEnd.isAfter(manifest.medicalLimitAt())) {
            throw CommandRefused.ruleViolated("R44", "manifestId",
                    Translatable.of("refused.collection.medical-limit", id, manifest.medicalLimitAt(), plannedDay));
        }
        apply(new CollectionRoundStopAdded(roundId, manifests.size() + 1, id, manifest.consignorId(),
                manifest.medicalLimitAt()));
    }

    /** R42: a round sets out once, with at least one stop. */
    @CommandHandler
    public void handle(StartCollectionRound command, StepTimes times) {
        if (status != CollectionRoundStatus.PLANNED) {
            throw CommandRefused.conflict("R42", "roundId", Translatable.of("refused.collection.not-planned", roundId));
        }
        if (manifests.isEmpty()) {
            throw CommandRefused.ruleViolated("R42", "roundId", Translatable.of("refused.collection.no-stops", roundId));
        }
        Instant startedAt = times.orNow(command.startedAt());
        times.requireNotAhead("startedAt", startedAt);
        apply(new CollectionRoundStarted(roundId, startedAt));
    }

    /**
     * R42: only a round under way is completed, once, when its vehicle is back, whether or not every stop was
     * collected: it records the stops picked up, in the order of pickup, and the stops it came back without.
     */
    @CommandHandler
    public void handle(CompleteCollectionRound command, StepTimes times, RoundStops stops) {
        if (status != CollectionRoundStatus.STARTED) {
            throw CommandRefused.conflict("R42", "roundId", Translatable.of("refused.collection.not-started", roundId));
        }
        Instant completedAt = times.orNow(command.completedAt());
        times.requireNotAhead("completedAt", completedAt);
        Map<UUID, Instant> pickups = stops.pickups(roundId);
        List<CollectedStop> collected = new ArrayList<>();
        List<Integer> notCollected = new ArrayList<>();
        for (int index = 0; index < manifests.size(); index++) {
            UUID manifest = manifests.get(index);
            if (pickups.containsKey(manifest)) {
                collected.add(new CollectedStop(index + 1, manifest, pickups.get(manifest)));
            } else {
                notCollected.add(index + 1);
            }
        }
        collected.sort(Comparator.comparing(CollectedStop::pickedUpAt).thenComparing(CollectedStop::stopNo));
        apply(new CollectionRoundCompleted(roundId, completedAt, collected, notCollected));
    }

    @EventSourcingHandler
    void on(CollectionRoundPlanned event) {
        roundId = event.roundId();
        collectorId = event.collectorId();
        carrierId = event.carrierId();
        vehiclePlate = event.vehiclePlate();
        plannedDay = event.plannedDay();
        status = CollectionRoundStatus.PLANNED;
    }

    @EventSourcingHandler
    void on(CollectionRoundStopAdded event) {
        manifests.add(event.manifestId());
        producers.add(event.producerId());
    }

    @EventSourcingHandler
    void on(CollectionRoundStarted event) {
        status = CollectionRoundStatus.STARTED;
    }

    @EventSourcingHandler
    void on(CollectionRoundCompleted event) {
        status = CollectionRoundStatus.COMPLETED;
    }
}
