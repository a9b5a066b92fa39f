package cn.haztrail.bench;

import cn.haztrail.bench.crud.CrudLifecycle;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Full lifecycle throughput (register, draft, submit, pickup, arrival, receipt, disposal) with concurrent clients:
 * HazTrail beside a plain Spring Data JPA design and raw JDBC inserts of as many event rows, on the same database in
 * the same run, and the memory the JVM needed meanwhile; the SQL statements of each design per step and per lifecycle
 * (those of the asynchronous read side apart), the share of CPU the asynchronous read side took, and issue 16's
 * targets beside the figures. Prints tables; asserts nothing.
 *
 * <p>{@code -Dbench.clients} (8), {@code -Dbench.lifecycles} (500 per design), {@code -Dbench.warmup} (400 per design:
 * HazTrail's longer path through Axon, Hibernate and Jackson is still being compiled after 30, and measured
 * then it ran at two thirds of its warm speed while CRUD's shorter path was already warm),
 * {@code -Dbench.readBack} (true: HazTrail reads back each step's view, as its API answers with it);
 * then the ratio again in alternating rounds ({@link AlternatingRounds}).
 */
@BenchmarkContext
@Order(10)
class LifecycleBenchmark {

    static final String DRIVEN = "Both designs are driven at the service layer a controller calls (HTTP, JSON and "
            + "login cost the same in both and would hide the difference).";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    StatementCounter statements;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void lifecycle_throughput() throws Exception {
        int clients = Integer.getInteger("bench.clients", 8);
        int lifecycles = Integer.getInteger("bench.lifecycles", 500);
        int warmup = Integer.getInteger("bench.warmup", 400);
        Lifecycle hazTrail = new HazTrailLifecycle(context, new SignedIn(users));
        Lifecycle crud = new CrudLifecycle(context);
        statements.ignoreCurrentThread();
        ReadSideCatchUp readSide = new ReadSideCatchUp(processing, jdbc);
        LifecycleRun.of(hazTrail, clients, warmup);
        LifecycleRun.of(crud, clients, warmup);
        readSide.await();

        MeasuredRun hazTrailRun;
        MemoryProbe memory = new MemoryProbe();
        statements.texts.clear();
        try (memory) {
            hazTrailRun = MeasuredRun.of(hazTrail, clients, lifecycles, statements, readSide);
        }
        statements.texts.print(lifecycles);
        MeasuredRun crudRun = MeasuredRun.of(crud, clients, lifecycles, statements, readSide);
        LifecycleRun events = hazTrailRun.run;
        LifecycleRun rows = crudRun.run;
        double rawSeconds = new RawJdbcBaseline(jdbc, transaction).insert(events.rows, clients);

        printThroughput(clients, events, rows, rawSeconds);
        printSteps(events, rows);
        new LifecycleCosts(hazTrailRun, crudRun).print();
        memory.print("Memory of the JVM running HazTrail under the lifecycle load",
                "while HazTrail's lifecycles ran and its read side caught up (application and load driver in one JVM)");
        LifecycleTargets.print(hazTrailRun, crudRun, memory);
        AlternatingRounds.print(hazTrail, crud, clients, readSide);
    }

    private static void printThroughput(int clients, LifecycleRun events, LifecycleRun rows, double rawSeconds) {
        double rawPerSecond = events.rows / rawSeconds;
        new ResultTable("Lifecycle throughput, " + clients + " clients, " + events.lifecycles + " lifecycles each",
                "design", "steps/s", "events (rows)/s", "p50 ms", "p99 ms", "steps/s vs CRUD", "events/s vs raw JDBC")
                .note(DRIVEN + (HazTrailLifecycle.READS_BACK
                        ? " HazTrail reads back the view each step answers with, as its API does."
                        : " HazTrail reads back only the registered batch (-Dbench.readBack=false).")
                        + " A step is one business command (7 per lifecycle); HazTrail stores "
                        + String.format(java.util.Locale.ROOT, "%.1f", events.rows / (double) events.lifecycles)
                        + " events per lifecycle, CRUD writes "
                        + String.format(java.util.Locale.ROOT, "%.1f", rows.rows / (double) rows.lifecycles)
                        + " rows (batch, manifest, line, an audit row per change).")
                .row(events.design, events.stepsPerSecond(), events.rowsPerSecond(),
                        events.timer.all().percentileMillis(50), events.timer.all().percentileMillis(99),
                        ratio(events.stepsPerSecond(), rows.stepsPerSecond()), ratio(events.rowsPerSecond(), rawPerSecond))
                .row(rows.design, rows.stepsPerSecond(), rows.rowsPerSecond(), rows.timer.all().percentileMillis(50),
                        rows.timer.all().percentileMillis(99), "1.00", "—")
                .row("raw JDBC batch insert (" + events.rows + " event rows)", "—", rawPerSecond, "—", "—", "—",
                        "1.00")
                .print();
    }

    private static void printSteps(LifecycleRun events, LifecycleRun rows) {
        ResultTable table = new ResultTable("Lifecycle latency per step (ms)", "step", "HazTrail p50", "HazTrail p99",
                "HazTrail retries (409)", "CRUD p50", "CRUD p99", "CRUD retries")
                .note("A step refused for a concurrent change (409 concurrent-change in the API) is retried as a client "
                        + "would; its latency includes the retries.");
        for (Step step : Step.values()) {
            table.row(step.name().toLowerCase(java.util.Locale.ROOT), events.timer.of(step).percentileMillis(50),
                    events.timer.of(step).percentileMillis(99), events.timer.conflicts(step),
                    rows.timer.of(step).percentileMillis(50), rows.timer.of(step).percentileMillis(99),
                    rows.timer.conflicts(step));
        }
        table.print();
    }

    private static String ratio(double value, double baseline) {
        double ratio = value / baseline;
        return String.format(java.util.Locale.ROOT, ratio < 0.1 ? "%.4f" : "%.2f", ratio);
    }
}
