package cn.haztrail.oversight.indicators;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.MethodKind;
import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * One test per event the facts projection handles (a batch's receipt and its return to storage come from its
 * manifests' receipts), plus redelivery and reset (replays). Positions are the events' places in the store.
 */
class FactsProjectionTest {

    private static final UUID BATCH = UUID.fromString("0b5e1c7a-2d4f-4e8a-9b1c-3d5e7f9a1b2c");
    private static final UUID PRODUCER = UUID.fromString("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
    private static final UUID RECEIVER = UUID.fromString("8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a");
    private static final UUID MANIFEST = UUID.fromString("a0f1a2b3-c4d5-4e6f-9a7b-8c9d0e1f2a3b");
    /** 01:30 in Shanghai on 20 November, still the 19th in UTC: the day must be Shanghai's. */
    private static final Instant GENERATED = Instant.parse("2026-11-19T17:30:00Z");

    private final Map<UUID, BatchFact> table = new HashMap<>();
    private FactsProjection projection;

    @BeforeEach
    void setUp() {
        BatchFactRepository facts = mock(BatchFactRepository.class);
        when(facts.existsById(any())).thenAnswer(call -> table.containsKey(call.<UUID>getArgument(0)));
        when(facts.findById(any())).thenAnswer(call -> Optional.ofNullable(table.get(call.<UUID>getArgument(0))));
        when(facts.save(any())).thenAnswer(call -> {
            BatchFact fact = call.getArgument(0);
            table.put(fact.batchId(), fact);
            return fact;
        });
        doAnswer(call -> {
            table.clear();
            return null;
        }).when(facts).deleteAllInBatch();
        EnterpriseQueries enterprises = mock(EnterpriseQueries.class);
        when(enterprises.regionOf(PRODUCER)).thenReturn(Optional.of("360203"));
        when(enterprises.regionOf(RECEIVER)).thenReturn(Optional.of("360981"));
        projection = new FactsProjection(new BatchFacts(facts, null), mock(IndicatorRollups.class), enterprises,
                TestReferenceData.methodCatalogue(), new ZoneProperties(TestReferenceData.SHANGHAI));
    }

    private static BatchRegistered registered(Quantity quantity) {
        return new BatchRegistered(BATCH, PRODUCER, "91360200MA35G8XK2H9002490820261120001", "2021", "900-249-08",
                quantity, PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 4),
                List.of(HazardCharacteristic.T, HazardCharacteristic.I), "废矿物油", GENERATED, "A-03",
                GENERATED.plusSeconds(365L * 86_400));
    }

    private static ManifestReceived received(String tonnes, Instant at) {
        return receivedBy(RECEIVER, Quantity.tonnes(tonnes), at);
    }

    /** A receipt at the batch's producer: the receipt of a return manifest. */
    private static ManifestReceived returned(Quantity quantity, Instant at) {
        return receivedBy(PRODUCER, quantity, at);
    }

    private static ManifestReceived receivedBy(UUID receiver, Quantity quantity, Instant at) {
        return new ManifestReceived(MANIFEST, receiver, List.of(new LineOutcome(BATCH, LineDecision.ACCEPT, quantity,
                "C1", List.of(), null)), ReceiptOutcome.ACCEPTED, at, false, null);
    }

    private static TrackingToken at(long position) {
        return new GlobalSequenceTrackingToken(position);
    }

    @Test
    void a_registered_batch_keeps_producer_region_category_shanghai_day_and_exact_tonnes() {
        projection.on(registered(Quantity.kg("1250.50")));

        BatchFact fact = table.get(BATCH);
        assertThat(fact.producerId()).isEqualTo(PRODUCER);
        assertThat(fact.producerRegion()).isEqualTo("360203");
        assertThat(fact.wasteCode()).isEqualTo("900-249-08");
        assertThat(fact.wasteCategory()).isEqualTo("HW08");
        assertThat(fact.generatedAt()).isEqualTo(GENERATED);
        assertThat(fact.generatedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(fact.generatedTonnes()).isEqualByComparingTo("1.2505");
        assertThat(fact.declaredUnit()).isEqualTo("kg");
        assertThat(fact.receivedOn()).isNull();
        assertThat(fact.methodKind()).isNull();
    }

    @Test
    void a_batch_declared_as_a_volume_has_no_generated_tonnes() {
        projection.on(registered(new Quantity(new BigDecimal("200"), QuantityUnit.L)));

        assertThat(table.get(BATCH).generatedTonnes()).isNull();
        assertThat(table.get(BATCH).declaredUnit()).isEqualTo("L");
    }

    @Test
    void a_received_batch_keeps_receiver_region_day_and_accepted_tonnes() {
        projection.on(registered(Quantity.kg("1250.50")));
        projection.on(received("1.238", Instant.parse("2026-11-22T16:30:00Z")), at(5));

        BatchFact fact = table.get(BATCH);
        assertThat(fact.receiverId()).isEqualTo(RECEIVER);
        assertThat(fact.receiverRegion()).isEqualTo("360981");
        assertThat(fact.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(fact.acceptedTonnes()).isEqualByComparingTo("1.238");
        assertThat(fact.receiptPosition()).isEqualTo(5);
    }

    @Test
    void a_batch_returned_to_storage_is_stock_again_with_no_receiver() {
        projection.on(registered(Quantity.kg("1250.50")));
        projection.on(received("1.238", Instant.parse("2026-11-23T06:00:00Z")), at(5));
        projection.on(returned(Quantity.kg("1238"), Instant.parse("2026-11-25T02:00:00Z")), at(6));

        BatchFact fact = table.get(BATCH);
        assertThat(fact.receiverId()).isNull();
        assertThat(fact.receivedOn()).isNull();
        assertThat(fact.acceptedTonnes()).isNull();
        assertThat(fact.generatedTonnes()).isEqualByComparingTo("1.2505");
    }

    @Test
    void a_disposed_batch_keeps_method_kind_day_and_treated_tonnes() {
        projection.on(registered(Quantity.kg("1250.50")));
        projection.on(received("1.238", Instant.parse("2026-11-23T06:00:00Z")), at(5));
        projection.on(new BatchDisposed(BATCH, RECEIVER, "C1", Quantity.kg("1230"), LocalDate.of(2026, 11, 26), null, null), at(6));

        BatchFact fact = table.get(BATCH);
        assertThat(fact.methodCode()).isEqualTo("C1");
        assertThat(fact.methodKind()).isEqualTo(MethodKind.CO_PROCESSING);
        assertThat(fact.disposedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(fact.disposedTonnes()).isEqualByComparingTo("1.230");
    }

    @Test
    void a_storage_code_is_recorded_with_its_kind_storage_collection() {
        projection.on(registered(Quantity.kg("1250.50")));
        projection.on(received("1.238", Instant.parse("2026-11-23T06:00:00Z")), at(5));
        projection.on(new BatchDisposed(BATCH, RECEIVER, "HTS1", Quantity.tonnes("1.238"),
                LocalDate.of(2026, 11, 26), null, null), at(6));

        assertThat(table.get(BATCH).methodKind()).isEqualTo(MethodKind.STORAGE_COLLECTION);
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        projection.on(registered(Quantity.kg("1250.50")));
        projection.on(received("1.238", Instant.parse("2026-11-23T06:00:00Z")), at(5));
        BatchFact first = table.get(BATCH);

        projection.on(registered(Quantity.kg("9999")));
        projection.on(received("7.000", Instant.parse("2026-11-24T06:00:00Z")), at(5));

        assertThat(table.get(BATCH)).isSameAs(first);
        assertThat(first.generatedTonnes()).isEqualByComparingTo("1.2505");
        assertThat(first.acceptedTonnes()).isEqualByComparingTo("1.238");
        assertThat(first.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void a_reset_empties_the_table_and_a_replay_builds_the_same_facts() {
        projection.on(registered(Quantity.kg("1250.50")));
        projection.on(received("1.238", Instant.parse("2026-11-23T06:00:00Z")), at(5));

        projection.reset();
        assertThat(table).isEmpty();

        projection.on(registered(Quantity.kg("1250.50")));
        projection.on(received("1.238", Instant.parse("2026-11-23T06:00:00Z")), at(5));
        assertThat(table.get(BATCH).acceptedTonnes()).isEqualByComparingTo("1.238");
    }
}
