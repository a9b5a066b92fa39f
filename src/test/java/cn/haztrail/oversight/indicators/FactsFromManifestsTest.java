package cn.haztrail.oversight.indicators;

import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.domain.Quantity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Issue 16: a batch's custody follows from its manifests' events. Three batches of one producer (county 360203) go
 * to one receiver (county 360981) on manifest M1 in March 2025: A (2 t) is accepted at 1.950 t and incinerated
 * (D10), B (1 t) is rejected and comes back to its producer on return manifest M2, C (3 t) is accepted whole and
 * stays in the receiver's store. Hand-computed for March 2025:
 * <ul>
 * <li>origin view, 360203: generated 2 + 1 + 3 = 6.000; received 1.950 + 3.000 = 4.950 (B's return to its producer
 *     is no receipt); incinerated 1.950; in storage at the end 6.000 - 2.000 (A left with its declared tonnes)
 *     = 4.000; rate 1.950 / 6.000 = 0.3250;</li>
 * <li>facility view, 360981: received 4.950; incinerated 1.950; in storage 4.950 - 1.950 = 3.000; rate 1.950 / 4.950
 *     = 0.3939; facility view, 360203 (the producer took B back): nothing received, no rate.</li>
 * </ul>
 * The same figures come from a store written before issue 16 (each manifest step also on the batches' streams), from
 * one without those events, and when another segment handles A's disposal before M1's receipt.
 */
class FactsFromManifestsTest {

    private static final UUID PRODUCER = UUID.nameUUIDFromBytes("producer".getBytes());
    private static final UUID RECEIVER = UUID.nameUUIDFromBytes("receiver".getBytes());
    private static final UUID A = UUID.nameUUIDFromBytes("batch A".getBytes());
    private static final UUID B = UUID.nameUUIDFromBytes("batch B".getBytes());
    private static final UUID C = UUID.nameUUIDFromBytes("batch C".getBytes());
    private static final UUID M1 = UUID.nameUUIDFromBytes("manifest 1".getBytes());
    private static final UUID M2 = UUID.nameUUIDFromBytes("manifest 2 (return)".getBytes());
    private static final Period MARCH = new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));

    private final RollupDatabase database = RollupDatabase.shared();
    private IndicatorQueries indicators;
    private StoreFeed feed;

    @BeforeEach
    void setUp() {
        database.clear();
        Map<UUID, BatchFact> table = new HashMap<>();
        BatchFactRepository facts = mock(BatchFactRepository.class);
        when(facts.findById(any())).thenAnswer(call -> Optional.ofNullable(table.get(call.<UUID>getArgument(0))));
        when(facts.save(any())).thenAnswer(call -> {
            BatchFact fact = call.getArgument(0);
            table.put(fact.batchId(), fact);
            return fact;
        });
        EnterpriseQueries enterprises = mock(EnterpriseQueries.class);
        when(enterprises.regionOf(PRODUCER)).thenReturn(Optional.of("360203"));
        when(enterprises.regionOf(RECEIVER)).thenReturn(Optional.of("360981"));
        FactsProjection projection = new FactsProjection(new BatchFacts(facts, null),
                new IndicatorRollups(database.jdbc()), enterprises, TestReferenceData.methodCatalogue(),
                new ZoneProperties(BatchHistory.SHANGHAI));
        feed = new StoreFeed(projection);
        indicators = new IndicatorQueries(new RollupReader(database.jdbc()), TestReferenceData.regionDirectory());
    }

    @Test
    void a_store_with_the_batches_custody_events_besides_the_manifests_counts_each_step_once() {
        feed.inStoredOrder(List.of(registered(A, "2.000", 1), registered(B, "1.000", 2), registered(C, "3.000", 3),
                new BatchPickedUp(A, M1, RECEIVER, noon(4)), new BatchPickedUp(B, M1, RECEIVER, noon(4)),
                new BatchPickedUp(C, M1, RECEIVER, noon(4)), new BatchDelivered(A, M1, RECEIVER, noon(5)),
                new BatchDelivered(B, M1, RECEIVER, noon(5)), new BatchDelivered(C, M1, RECEIVER, noon(5)),
                receiptOfM1(),
                new BatchReceived(A, M1, RECEIVER, Quantity.tonnes("1.950"), true, noon(5)),
                new BatchRejected(B, M1, RECEIVER, "wrong waste code", noon(5)),
                new BatchReceived(C, M1, RECEIVER, Quantity.tonnes("3.000"), false, noon(5)),
                receiptOfM2(),
                new BatchReturnedToStorage(B, M2, Quantity.tonnes("1.000"), noon(8)),
                disposalOfA()));

        assertHandComputedFigures();
    }

    @Test
    void a_store_without_the_batches_custody_events_gives_the_same_figures() {
        feed.inStoredOrder(List.of(registered(A, "2.000", 1), registered(B, "1.000", 2), registered(C, "3.000", 3),
                receiptOfM1(), receiptOfM2(), disposalOfA()));

        assertHandComputedFigures();
    }

    @Test
    void a_disposal_handled_before_its_manifests_receipt_and_the_registrations_gives_the_same_figures() {
        feed.handle(6, disposalOfA());
        feed.handle(5, receiptOfM2());
        feed.handle(4, receiptOfM1());
        feed.handle(3, registered(C, "3.000", 3));
        feed.handle(1, registered(A, "2.000", 1));
        feed.handle(2, registered(B, "1.000", 2));

        assertHandComputedFigures();
    }

    private void assertHandComputedFigures() {
        IndicatorFigures origin = indicators.indicators("360203", MARCH, IndicatorView.ORIGIN).totals();
        assertThat(List.of(origin.generated(), origin.received(), origin.stockCarriedIn(), origin.incinerated(),
                origin.disposed(), origin.utilized(), origin.inStorageAtEnd()))
                .containsExactly("6.000", "4.950", "0.000", "1.950", "1.950", "0.000", "4.000");
        assertThat(origin.utilizationDisposalRate()).isEqualByComparingTo("0.3250");
        assertThat(origin.landfillShare()).isEqualByComparingTo("0.0000");

        IndicatorFigures facility = indicators.indicators("360981", MARCH, IndicatorView.FACILITY).totals();
        assertThat(facility.generated()).isNull();
        assertThat(List.of(facility.received(), facility.stockCarriedIn(), facility.incinerated(),
                facility.inStorageAtEnd())).containsExactly("4.950", "0.000", "1.950", "3.000");
        assertThat(facility.utilizationDisposalRate()).isEqualByComparingTo("0.3939");

        IndicatorFigures atProducer = indicators.indicators("360203", MARCH, IndicatorView.FACILITY).totals();
        assertThat(List.of(atProducer.received(), atProducer.inStorageAtEnd())).containsExactly("0.000", "0.000");
        assertThat(atProducer.utilizationDisposalRate()).isNull();
    }

    private static BatchRegistered registered(UUID batch, String tonnes, int day) {
        return new BatchRegistered(batch, PRODUCER, "label-" + batch, "2021", "900-249-08", Quantity.tonnes(tonnes),
                PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 2), List.of(HazardCharacteristic.T), "废矿物油",
                noon(day), "A-01", noon(day).plusSeconds(365L * 86_400));
    }

    private static ManifestReceived receiptOfM1() {
        return new ManifestReceived(M1, RECEIVER, List.of(
                new LineOutcome(A, LineDecision.PARTIAL, Quantity.tonnes("1.950"), "D10", List.of(), null),
                new LineOutcome(B, LineDecision.REJECT, null, null, List.of(), "wrong waste code"),
                new LineOutcome(C, LineDecision.ACCEPT, Quantity.tonnes("3.000"), "D10", List.of(), null)),
                ReceiptOutcome.PARTIALLY_ACCEPTED, noon(5), false, null);
    }

    /** The return manifest's receiver is the batch's producer (R18). */
    private static ManifestReceived receiptOfM2() {
        return new ManifestReceived(M2, PRODUCER, List.of(
                new LineOutcome(B, LineDecision.ACCEPT, Quantity.tonnes("1.000"), null, List.of(), null)),
                ReceiptOutcome.ACCEPTED, noon(8), false, null);
    }

    private static BatchDisposed disposalOfA() {
        return new BatchDisposed(A, RECEIVER, "D10", Quantity.tonnes("1.950"), LocalDate.of(2025, 3, 10), null, null);
    }

    /** Noon in Shanghai on that day of March 2025. */
    private static Instant noon(int day) {
        return LocalDate.of(2025, 3, day).atTime(12, 0).atZone(BatchHistory.SHANGHAI).toInstant();
    }
}
