package cn.haztrail.bench;

import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Custody, indicator and key-unit query latency with {@code -Dbench.events} (1,000,000) events stored: the regulator of
 * 景德镇 asks through the HTTP API (MockMvc, signed in beforehand), {@code -Dbench.queries} (1000) times each after
 * 100 warm-up calls, one caller at a time. Then the first page of 100 manifests as each party of the copied lifecycles
 * and as that regulator, a fifth as often: every copy names the same parties, so their lists hold the whole store.
 */
@BenchmarkContext
@Order(30)
class QueryLatencyBenchmark {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    StatementCounter statements;

    @Test
    void custody_and_indicator_latency() throws Exception {
        statements.countCurrentThread();
        EventCloner cloner = new EventCloner(jdbc, transaction);
        StoredEvents.ensure(context, new Projections(processing, jdbc), cloner);
        int queries = Integer.getInteger("bench.queries", 1000);
        Authentication regulator = new SignedIn(users).as("regulator-jdz");
        List<UUID> manifests = jdbc.queryForList("select id from manifest_view where status = 'RECEIVED' "
                + "order by id limit 500", UUID.class);
        List<UUID> batches = jdbc.queryForList("select id from batch_view where status = 'DISPOSED' "
                + "order by id limit 500", UUID.class);
        long batchFacts = jdbc.queryForObject("select count(*) from batch_fact", Long.class);
        long rollupRows = jdbc.queryForObject("select count(*) from indicator_rollup", Long.class);

        ResultTable table = new ResultTable("Query latency with " + String.format("%,d", cloner.head())
                + " events stored", "query", "calls", "p50 ms", "p99 ms",
                "statements per call")
                .note("Through the HTTP API (MockMvc) as regulator-jdz, signed in beforehand; " + batchFacts
                        + " batches in the indicator facts, " + rollupRows + " indicator rollup rows (indicators and "
                        + "key units read the rollups). Statements: those the answering thread sent to the "
                        + "database, one per statement or JDBC batch (the security context's included).");
        measure(table, "custody chain of a manifest", queries, regulator,
                i -> "/api/v1/oversight/custody/manifests/" + manifests.get(i % manifests.size()));
        measure(table, "custody chain of a batch", queries, regulator,
                i -> "/api/v1/oversight/custody/batches/" + batches.get(i % batches.size()));
        measure(table, "indicators of 360200, one year", queries, regulator,
                i -> "/api/v1/oversight/indicators?region=360200&from=2026-01-01&to=2026-12-31");
        measure(table, "indicators of 360200 by facility, one year", queries, regulator,
                i -> "/api/v1/oversight/indicators?region=360200&from=2026-01-01&to=2026-12-31&view=facility");
        measure(table, "key units of 360200, one year", queries, regulator,
                i -> "/api/v1/oversight/key-units?region=360200&year=2026");
        int lists = Math.max(1, queries / 5);
        for (String party : List.of("producer", "carrier", "receiver", "regulator-jdz")) {
            Authentication caller = party.startsWith("regulator") ? regulator : new SignedIn(users).as(party);
            measure(table, "manifests of " + party + ", first 100", lists, caller, i -> "/api/v1/manifests?size=100");
        }
        table.print();
    }

    private void measure(ResultTable table, String query, int calls, Authentication caller,
                         java.util.function.IntFunction<String> path) throws Exception {
        for (int i = 0; i < 100; i++) {
            call(path.apply(i), caller);
        }
        Latencies latencies = new Latencies();
        Map<StatementCounter.Source, StatementCounter.Counts> before = statements.snapshot();
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            call(path.apply(i), caller);
            latencies.record(System.nanoTime() - start);
        }
        long made = StatementCounter.ofCurrentThread(StatementCounter.between(before, statements.snapshot()))
                .statements();
        table.row(query, calls, latencies.percentileMillis(50), latencies.percentileMillis(99),
                String.format(Locale.ROOT, "%.1f", made / (double) calls));
    }

    private void call(String path, Authentication caller) throws Exception {
        int status = mvc.perform(get(path).with(authentication(caller))).andReturn().getResponse().getStatus();
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
    }
}
