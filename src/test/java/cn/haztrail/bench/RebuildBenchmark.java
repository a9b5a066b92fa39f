package cn.haztrail.bench;

import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

/**
 * Projection rebuild: every oversight projection (one processor) and the feed replay the whole store ({@code -Dbench.events},
 * 1,000,000) at once, as after a reset by an operator; events/s and time until each reached the head.
 * Batch sizes and segments come from application.yml, or -Daxon.eventhandling.processors.NAME.batch-size=...
 */
@BenchmarkContext
@Order(20)
class RebuildBenchmark {

    @Autowired
    ApplicationContext context;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Environment environment;

    @Test
    void rebuild_every_oversight_projection() throws Exception {
        Projections projections = new Projections(processing, jdbc);
        EventCloner cloner = new EventCloner(jdbc, transaction);
        Map<String, Double> took;
        MemoryProbe memory = new MemoryProbe();
        try (memory) {
            took = StoredEvents.ensure(context, projections, cloner);
            if (took == null) {
                projections.stopAll();
                took = projections.replay(cloner.head());
            }
        }
        long events = cloner.head();
        ResultTable table = new ResultTable("Projection rebuild of " + String.format("%,d", events) + " events",
                "projection", "segments", "batch size", "time s", "events/s")
                .note("Both processors (oversight: alerts and facts; feed, with the webhook outbox, which skips replayed "
                        + "events) replay at once from a reset; time until every segment "
                        + "reached the last event. The events are copies of real lifecycles' batch and manifest "
                        + "streams with fresh ids.");
        double slowest = 0;
        for (var entry : took.entrySet()) {
            String name = entry.getKey();
            table.row(name, projections.segments(name), environment.getProperty(
                    "axon.eventhandling.processors." + name + ".batch-size", "1"), entry.getValue(),
                    events / entry.getValue());
            slowest = Math.max(slowest, entry.getValue());
        }
        table.row("all, until the last finished", "—", "—", slowest, events / slowest).print();
        memory.print("Memory of the JVM during the rebuild",
                "from the copy of the events (if any) to the end of the replay");
    }
}
