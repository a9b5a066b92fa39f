package cn.haztrail.oversight.indicators;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.batch.api.RepackKind;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * R45 whatever order the processor's segments handle the events in: two producers' batches consolidated at a
 * collector, the new batch split in two, one part received and incinerated by a facility. The rollups come out the
 * same in the stored order, in any shuffled order, and when every event is delivered twice.
 */
class RepackingOrderTest {

    private static final UUID P1 = UUID.nameUUIDFromBytes("producer 1".getBytes());
    private static final UUID P2 = UUID.nameUUIDFromBytes("producer 2".getBytes());
    private static final UUID COLLECTOR = UUID.nameUUIDFromBytes("collector".getBytes());
    private static final UUID FACILITY = UUID.nameUUIDFromBytes("facility".getBytes());
    private static final UUID A = UUID.nameUUIDFromBytes("batch a".getBytes());
    private static final UUID B = UUID.nameUUIDFromBytes("batch b".getBytes());
    private static final UUID K = UUID.nameUUIDFromBytes("consolidation".getBytes());
    private static final UUID S1 = UUID.nameUUIDFromBytes("split part 1".getBytes());
    private static final UUID S2 = UUID.nameUUIDFromBytes("split part 2".getBytes());
    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    private final RollupDatabase database = RollupDatabase.shared();
    private final Map<UUID, BatchFact> table = new HashMap<>();
    private StoreFeed feed;
    private FactsProjection projection;

    @BeforeEach
    void setUp() {
        database.clear();
        database.jdbc().update("delete from batch_fact_share");
        BatchFactRepository facts = mock(BatchFactRepository.class);
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
        when(enterprises.regionOf(P1)).thenReturn(Optional.of("360203"));
        when(enterprises.regionOf(P2)).thenReturn(Optional.of("360222"));
        when(enterprises.regionOf(COLLECTOR)).thenReturn(Optional.of("360281"));
        when(enterprises.regionOf(FACILITY)).thenReturn(Optional.of("360981"));
        BatchFacts batchFacts = new BatchFacts(facts, null);
        projection = new FactsProjection(batchFacts, new IndicatorRollups(database.jdbc()),
                enterprises, TestReferenceData.methodCatalogue(), new ZoneProperties(BatchHistory.SHANGHAI),
                new FactLineage(database.jdbc(), batchFacts));
        feed = new StoreFeed(projection);
    }

    @Test
    void R45_the_rollups_do_not_depend_on_the_order_the_segments_handle_the_events_in() {
        Map<String, RollupAmounts> inOrder = rollups(List.of(-1L));
        for (long seed = 1; seed <= 40; seed++) {
            assertThat(rollups(List.of(seed))).as("seed " + seed).isEqualTo(inOrder);
        }
    }

    @Test
    void R45_a_redelivered_event_counts_once() {
        assertThat(rollups(List.of(7L, 11L))).isEqualTo(rollups(List.of(-1L)));
    }

    @Test
    void R45_the_incinerated_part_counts_for_each_producer_by_its_share() {
        Map<String, RollupAmounts> rows = rollups(List.of(-1L));
        // K took a 10 t and b 6 t: 15.6 t, loss 0.4; S1 took 10 t of K and was incinerated: a's part 10/16, b's 6/16
        RollupAmounts p1 = rows.get("ORIGIN|360203|HW08|Y|2025-01-01");
        assertThat(p1.get(RollupMeasure.ENTERED_TONNES)).isEqualByComparingTo("10");
        assertThat(p1.get(RollupMeasure.INCINERATED)).isEqualByComparingTo("6.25");
        // left: the loss 0.4 × 10/16 = 0.25 and S1 10 × 10/16 = 6.25
        assertThat(p1.get(RollupMeasure.LEFT_TONNES)).isEqualByComparingTo("6.5");
        RollupAmounts p2 = rows.get("ORIGIN|360222|HW08|Y|2025-01-01");
        assertThat(p2.get(RollupMeasure.INCINERATED)).isEqualByComparingTo("3.75");
        assertThat(p2.get(RollupMeasure.LEFT_TONNES)).isEqualByComparingTo("3.9");
        // the collector passed all it accepted on: nothing of it is its intake
        assertThat(rows.keySet()).noneMatch(key -> key.startsWith("FACILITY|360281"));
        RollupAmounts facility = rows.get("FACILITY|360981|HW08|Y|2025-01-01");
        assertThat(facility.get(RollupMeasure.RECEIVED_TONNES)).isEqualByComparingTo("10");
        assertThat(facility.get(RollupMeasure.INCINERATED)).isEqualByComparingTo("10");
    }

    @Test
    void R45_a_replay_from_the_first_event_rebuilds_the_same_rollups() {
        Map<String, RollupAmounts> before = rollups(List.of(3L));
        projection.reset();
        feed.inStoredOrder(events());
        assertThat(database.rollups()).isEqualTo(before);
    }

    /** The rollups after feeding every event once per seed: -1 the stored order, else shuffled by the seed. */
    private Map<String, RollupAmounts> rollups(List<Long> seeds) {
        database.clear();
        database.jdbc().update("delete from batch_fact_share");
        table.clear();
        List<Object> events = events();
        for (long seed : seeds) {
            if (seed < 0) {
                feed.inStoredOrder(events);
            } else {
                feed.shuffled(events, seed);
            }
        }
        return database.rollups();
    }

    private static List<Object> events() {
        List<Object> events = new ArrayList<>();
        events.add(registered(A, P1, "10"));
        events.add(registered(B, P2, "6"));
        events.add(receipt(COLLECTOR, List.of(accepted(A, "10", "HTC1"), accepted(B, "6", "HTC1"))));
        events.add(repacked(K, RepackKind.CONSOLIDATION, List.of(share(A, "10"), share(B, "6")), "15.6", "0.4"));
        events.add(repacked(S1, RepackKind.SPLIT, List.of(share(K, "10")), "10", null));
        events.add(repacked(S2, RepackKind.SPLIT, List.of(share(K, "5.6")), "5.6", null));
        events.add(receipt(FACILITY, List.of(accepted(S1, "10", "D10"))));
        events.add(new BatchDisposed(S1, FACILITY, "D10", Quantity.tonnes("10"), DAY.plusDays(2),
                null, null));
        return events;
    }

    private static BatchRegistered registered(UUID batch, UUID producer, String tonnes) {
        return new BatchRegistered(batch, producer, "label-" + batch, "2021", "900-249-08",
                Quantity.tonnes(tonnes), PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 1),
                List.of(HazardCharacteristic.T), "waste", noon(DAY.minusDays(1)), "A-01", noon(DAY.plusDays(365)));
    }

    private static ManifestReceived receipt(UUID receiver, List<LineOutcome> lines) {
        return new ManifestReceived(UUID.randomUUID(), receiver, lines, ReceiptOutcome.ACCEPTED, noon(DAY), false,
                null);
    }

    private static LineOutcome accepted(UUID batch, String tonnes, String method) {
        return new LineOutcome(batch, LineDecision.ACCEPT, Quantity.tonnes(tonnes), method,
                List.of(), null);
    }

    private static BatchRepacked repacked(UUID batch, RepackKind kind, List<BatchShare> sources, String tonnes,
                                          String loss) {
        return new BatchRepacked(batch, COLLECTOR, "label-" + batch, "2021", "900-249-08",
                Quantity.tonnes(tonnes), PhysicalForm.LIQUID, new Packaging(PackagingType.IBC, 1),
                List.of(HazardCharacteristic.T), kind, sources,
                loss == null ? null : Quantity.tonnes(loss), loss == null ? null : "沥干的水分",
                noon(DAY.plusDays(1)), noon(DAY.plusDays(365)));
    }

    private static BatchShare share(UUID batch, String tonnes) {
        return new BatchShare(batch, "label-" + batch, Quantity.tonnes(tonnes));
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(BatchHistory.SHANGHAI).toInstant();
    }
}
