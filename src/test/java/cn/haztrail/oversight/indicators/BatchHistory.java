package cn.haztrail.oversight.indicators;

import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The events of one batch in custody order, as the batch aggregate allows them: registered, then possibly received
 * (on or after the day of generation), returned to storage and received again, stored under a storage code and then
 * utilized or disposed of (on or after the day of receipt, R19). Quantities may be declared as volumes (no mass).
 * A receipt is its manifest's receipt (a return to storage: a return manifest's receipt at the producer); in a store
 * written before issue 16 the batch's own custody events follow each manifest step in the same transaction.
 */
record BatchHistory(UUID batchId, int producer, String wasteCode, int generatedDay, Quantity generated,
                    List<Step> steps) {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    static final List<UUID> PRODUCERS = ids("p", 4);
    static final List<UUID> RECEIVERS = ids("r", 4);
    private static final List<String> WASTE_CODES = List.of("900-249-08", "841-001-01", "900-002-03", "263-001-04");
    private static final List<String> METHODS = List.of("R9", "C2", "D10", "Y10", "C1", "D1", "D9", "HTS1", "HTC1");

    /** One step after registration; days count from the registration's day. */
    record Step(String kind, int receiver, int dayOffset, Quantity quantity, String method) {
    }

    static Arbitrary<BatchHistory> histories() {
        Arbitrary<List<Step>> steps = step().list().ofMaxSize(5);
        return Combinators.combine(Arbitraries.integers().between(0, PRODUCERS.size() - 1),
                Arbitraries.of(WASTE_CODES), Arbitraries.integers().between(0, 900), quantity(), steps,
                Arbitraries.longs()).as((producer, code, day, quantity, plan, seed) ->
                new BatchHistory(new UUID(seed, day), producer, code, day, quantity, plan));
    }

    private static Arbitrary<Step> step() {
        return Combinators.combine(Arbitraries.of("receive", "return", "dispose"),
                Arbitraries.integers().between(0, RECEIVERS.size() - 1), Arbitraries.integers().between(0, 120),
                quantity(), Arbitraries.of(METHODS)).as(Step::new);
    }

    private static Arbitrary<Quantity> quantity() {
        Arbitrary<Quantity> tonnes = Arbitraries.bigDecimals().between(new BigDecimal("0.001"),
                new BigDecimal("80.000")).ofScale(3).map(value -> Quantity.tonnes(value.toPlainString()));
        Arbitrary<Quantity> litres = Arbitraries.integers().between(1, 5000)
                .map(value -> new Quantity(new BigDecimal(value), QuantityUnit.L));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, tonnes), net.jqwik.api.Tuple.of(1, litres));
    }

    /**
     * The events in the order they were stored. Steps the aggregate would refuse (a disposal before any receipt, a
     * return of a disposed batch) are left out, and days never run backwards.
     *
     * @param batchCustodyEvents whether the store was written before issue 16, with the batch's own custody events
     */
    List<Object> events(boolean batchCustodyEvents) {
        List<Object> events = new ArrayList<>();
        LocalDate day = FIRST_DAY.plusDays(generatedDay);
        UUID producerId = PRODUCERS.get(producer);
        events.add(new BatchRegistered(batchId, producerId, "label-" + batchId, "2021", wasteCode,
                generated, PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 1), List.of(HazardCharacteristic.T),
                "waste", at(day), "A-01", at(day.plusDays(365))));
        UUID receiver = null;
        boolean finallyTreated = false;
        int manifests = 0;
        for (Step step : steps) {
            LocalDate next = day.plusDays(step.dayOffset());
            UUID manifest = UUID.nameUUIDFromBytes((batchId + "/" + manifests).getBytes());
            if (step.kind().equals("receive") && receiver == null) {
                receiver = RECEIVERS.get(step.receiver());
                events.add(receipt(manifest, receiver, step.quantity(), at(next)));
                if (batchCustodyEvents) {
                    events.add(new BatchPickedUp(batchId, manifest, receiver, at(next)));
                    events.add(new BatchDelivered(batchId, manifest, receiver, at(next)));
                    events.add(new BatchReceived(batchId, manifest, receiver, step.quantity(), false, at(next)));
                }
                manifests++;
            } else if (step.kind().equals("return") && receiver != null && !finallyTreated) {
                events.add(receipt(manifest, producerId, step.quantity(), at(next)));
                if (batchCustodyEvents) {
                    events.add(new BatchReturnedToStorage(batchId, manifest, step.quantity(), at(next)));
                }
                receiver = null;
                manifests++;
            } else if (step.kind().equals("dispose") && receiver != null && !finallyTreated) {
                events.add(new BatchDisposed(batchId, receiver, step.method(), step.quantity(), next, null, null));
                finallyTreated = !step.method().startsWith("HT");
            } else {
                continue;
            }
            day = next;
        }
        return events;
    }

    private ManifestReceived receipt(UUID manifest, UUID receiver, Quantity accepted, Instant at) {
        return new ManifestReceived(manifest, receiver, List.of(new LineOutcome(batchId, LineDecision.ACCEPT, accepted,
                "D10", List.of(), null)), ReceiptOutcome.ACCEPTED, at, false, null);
    }

    /** Noon in Shanghai, so that the projection's day is the day meant. */
    private static Instant at(LocalDate day) {
        return day.atTime(12, 0).atZone(SHANGHAI).toInstant();
    }

    private static List<UUID> ids(String prefix, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.nameUUIDFromBytes((prefix + i).getBytes()));
        }
        return ids;
    }
}
