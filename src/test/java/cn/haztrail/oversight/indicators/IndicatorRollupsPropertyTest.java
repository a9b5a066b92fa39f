package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.RegionPrefix;
import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.registry.query.EnterpriseQueries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeTry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
 * For random batch histories, the indicators and key-unit tonnes read from the rollups equal those computed the old
 * way from the facts ({@link FactsReference}), for provinces, cities and counties, both views and any period; events
 * delivered twice change nothing; a reset and replay, and the V61 migration run over the same facts, give the same
 * rollups. A store written before issue 16 (the batches' own custody events besides the manifests') and one without
 * them give the same facts and rollups, in the stored order or in any other. The projection writes to an H2 database of its own, migrated by Flyway as the application's is.
 */
class IndicatorRollupsPropertyTest {

    private static final List<String> PRODUCER_REGIONS = Arrays.asList("360203", "360281", "361002", null);
    private static final List<String> RECEIVER_REGIONS = Arrays.asList("360981", "360203", "362201", null);
    private static final List<String> ASKED = List.of("360000", "360200", "360203", "360281", "361000", "360900",
            "362200", "360981", "440000");

    private final RollupDatabase database = RollupDatabase.shared();
    private final Map<UUID, BatchFact> table = new HashMap<>();
    private FactsProjection projection;
    private StoreFeed feed;
    private IndicatorQueries indicators;
    private RollupReader reader;

    @BeforeTry
    void setUp() {
        database.clear();
        table.clear();
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
        for (int i = 0; i < BatchHistory.PRODUCERS.size(); i++) {
            when(enterprises.regionOf(BatchHistory.PRODUCERS.get(i))).thenReturn(Optional.ofNullable(PRODUCER_REGIONS.get(i)));
            when(enterprises.regionOf(BatchHistory.RECEIVERS.get(i))).thenReturn(Optional.ofNullable(RECEIVER_REGIONS.get(i)));
        }
        projection = new FactsProjection(new BatchFacts(facts, null), new IndicatorRollups(database.jdbc()),
                enterprises, TestReferenceData.methodCatalogue(), new ZoneProperties(BatchHistory.SHANGHAI));
        feed = new StoreFeed(projection);
        reader = new RollupReader(database.jdbc());
        indicators = new IndicatorQueries(reader, TestReferenceData.regionDirectory());
    }

    @Property(tries = 60)
    void rollups_answer_as_the_facts_did(@ForAll("histories") List<BatchHistory> histories,
                                         @ForAll("periods") List<Period> periods) {
        apply(histories);
        apply(histories);

        for (Period period : periods) {
            for (String region : ASKED) {
                for (IndicatorView view : IndicatorView.values()) {
                    IndicatorReport report = indicators.indicators(region, period, view);
                    List<Object> answered = new ArrayList<>();
                    answered.add(report.totals());
                    answered.addAll(report.byCategory());
                    assertThat(answered).as("%s %s %s", region, view, period)
                            .isEqualTo(FactsReference.indicators(table.values(), RegionPrefix.of(region), period, view));
                }
            }
        }
        for (int year = 2025; year <= 2028; year++) {
            for (String region : ASKED) {
                assertThat(normalized(reader.generatedPerProducer(RegionPrefix.of(region), year)))
                        .as("%s %d", region, year).isEqualTo(normalized(FactsReference.generatedPerProducer(
                                table.values(), RegionPrefix.of(region), Period.year(year))));
            }
        }
    }

    @Property(tries = 30)
    void a_replay_and_the_migration_build_the_same_rollups(@ForAll("histories") List<BatchHistory> histories) {
        apply(histories);
        Map<String, RollupAmounts> maintained = database.rollups();

        projection.reset();
        assertThat(database.rollups()).isEmpty();
        apply(histories);
        assertThat(database.rollups()).isEqualTo(maintained);

        database.replaceRollupsByMigration(table.values());
        assertThat(database.rollups()).isEqualTo(maintained);
    }

    @Property(tries = 40)
    void with_or_without_the_batches_custody_events_and_in_any_order_the_facts_and_rollups_are_the_same(
            @ForAll("histories") List<BatchHistory> histories, @ForAll long seed) {
        feed.inStoredOrder(store(histories, true));
        Map<UUID, List<Object>> facts = facts();
        Map<String, RollupAmounts> rollups = database.rollups();

        projection.reset();
        feed.inStoredOrder(store(histories, false));
        assertThat(facts()).isEqualTo(facts);
        assertThat(database.rollups()).isEqualTo(rollups);

        projection.reset();
        feed.shuffled(store(histories, false), seed);
        assertThat(facts()).isEqualTo(facts);
        assertThat(database.rollups()).isEqualTo(rollups);

        projection.reset();
        feed.shuffled(store(histories, true), seed);
        assertThat(facts()).isEqualTo(facts);
        assertThat(database.rollups()).isEqualTo(rollups);
    }

    @Provide
    Arbitrary<List<BatchHistory>> histories() {
        return BatchHistory.histories().list().ofMaxSize(40).uniqueElements(BatchHistory::batchId);
    }

    @Provide
    Arbitrary<List<Period>> periods() {
        return Combinators.combine(Arbitraries.integers().between(-30, 1150), Arbitraries.integers().between(0, 500))
                .as((start, length) -> new Period(BatchHistory.FIRST_DAY.plusDays(start),
                        BatchHistory.FIRST_DAY.plusDays(start + length))).list().ofMinSize(1).ofMaxSize(4);
    }

    /** A store written before issue 16: the batches' custody events beside their manifests'. */
    private void apply(List<BatchHistory> histories) {
        feed.inStoredOrder(store(histories, true));
    }

    private static List<Object> store(List<BatchHistory> histories, boolean batchCustodyEvents) {
        List<Object> events = new ArrayList<>();
        histories.forEach(history -> events.addAll(history.events(batchCustodyEvents)));
        return events;
    }

    /** What the figures read of each batch (positions left out: they differ between the two stores). */
    private Map<UUID, List<Object>> facts() {
        Map<UUID, List<Object>> facts = new HashMap<>();
        table.values().forEach(f -> facts.put(f.batchId(), Arrays.asList(f.producerId(), f.producerRegion(),
                f.wasteCategory(), f.generatedOn(), f.generatedTonnes(), f.receiverId(), f.receiverRegion(),
                f.receivedOn(), f.acceptedTonnes(), f.disposedOn(), f.disposedTonnes(), f.methodCode(),
                f.methodKind())));
        return facts;
    }

    /** No entry and an entry with nothing generated answer the same key units; 0 t and no tonnes too. */
    private static Map<UUID, List<Object>> normalized(Map<UUID, ProducerTonnes> producers) {
        Map<UUID, List<Object>> normalized = new HashMap<>();
        producers.forEach((producer, tonnes) -> {
            BigDecimal value = tonnes.tonnes() == null ? BigDecimal.ZERO : tonnes.tonnes();
            normalized.put(producer, List.of(value.stripTrailingZeros(), tonnes.batchesWithoutMass()));
        });
        return normalized;
    }
}
