package cn.haztrail.bench;

import cn.haztrail.backflow.BackflowFile;
import cn.haztrail.backflow.command.BackflowJob;
import cn.haztrail.backflow.command.BackflowJobs;
import cn.haztrail.backflow.command.BackflowRunner;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The provincial backflow's bulk path (issue 17): {@code bench.backflow.manifests} manifests (100,000) with their
 * batch, every custody step and a disposal, imported as a city would send them, in files of
 * {@code bench.backflow.file} manifests (10,000) each run as a job. Prints manifests/s, events/s and peak heap.
 * On the benchmark's own database ({@code -Dbench.database=h2|postgres}): on the tests' in-memory H2 it measured
 * neither.
 */
@BenchmarkContext
class BackflowBenchmark {

    private static final int MANIFESTS = Integer.getInteger("bench.backflow.manifests", 100_000);
    private static final LocalDate FIRST_DAY = LocalDate.parse("2025-11-20");
    private static final int PER_FILE = Integer.getInteger("bench.backflow.file", 10_000);
    /**
     * {@code paused}: the streaming processors are shut down during the import and started again after it, to see
     * the import's own ceiling without the asynchronous side that shares the cores with it (never how a city runs).
     */
    private static final boolean PROCESSORS_PAUSED =
            "paused".equals(System.getProperty("bench.backflow.processors", "running"));

    @Autowired
    BackflowRunner runner;
    @Autowired
    BackflowJobs jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StatementCounter statements;
    @Autowired
    Configuration axon;

    @Test
    void importing_a_city_history() throws Exception {
        String system = "BENCH-" + UUID.randomUUID().toString().substring(0, 8);
        long events = 0;
        long refused = 0;
        long nanos = 0;
        int firstSerial = firstFreeSerial();
        Map<StatementCounter.Source, StatementCounter.Counts> before = statements.snapshot();
        List<StreamingEventProcessor> paused = PROCESSORS_PAUSED ? streamingProcessors() : List.of();
        paused.forEach(StreamingEventProcessor::shutDown);
        try (MemoryProbe memory = new MemoryProbe()) {
            for (int from = 0; from < MANIFESTS; from += PER_FILE) {
                byte[] file = file(from, Math.min(MANIFESTS, from + PER_FILE), firstSerial);
                long start = System.nanoTime();
                UUID id = runner.create("bench-" + from + ".jsonl", system, file, "bench", "REGULATOR", "360200");
                runner.run(id);
                nanos += System.nanoTime() - start;
                BackflowJob job = jobs.find(id).orElseThrow();
                events += job.events();
                refused += job.refused();
            }
            memory.close();
            double seconds = nanos / 1e9;
            StatementCounter.Counts importing = StatementCounter.ofCurrentThread(StatementCounter.between(before,
                    statements.snapshot()));
            paused.forEach(StreamingEventProcessor::start);
            // The jobs end when their events are stored; the streaming processors may still be behind then.
            long catchUpStart = System.nanoTime();
            ReadSideCatchUp readSide = new ReadSideCatchUp(axon.eventProcessingConfiguration(), jdbc);
            boolean caughtUp = readSide.await();
            double behind = (System.nanoTime() - catchUpStart) / 1e9;
            new ResultTable("Backflow import (" + System.getProperty("bench.database", "h2")
                    + (PROCESSORS_PAUSED ? ", streaming processors paused" : "") + ")",
                    "manifests", "events", "refused", "seconds", "manifests/s", "events/s", "peak heap MB",
                    "statements/manifest", "batched rows/manifest", "read side caught up s later",
                    "manifests/s until caught up")
                    .row(MANIFESTS, events, refused, String.format("%.1f", seconds),
                            String.format("%.0f", MANIFESTS / seconds), String.format("%.0f", events / seconds),
                            memory.peakHeapUsedMb(), String.format("%.2f", importing.statements() / (double) MANIFESTS),
                            String.format("%.1f", importing.batchedRows() / (double) MANIFESTS),
                            caughtUp ? String.format("%.1f", behind) : "not within bench.catchUpMinutes",
                            String.format("%.0f", MANIFESTS / (seconds + behind)))
                    .note("Seconds after the jobs until each streaming processor had handled the imported events: "
                            + readSide.secondsByProcessor())
                    .print();
        }
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        return axon.eventProcessingConfiguration().eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    }

    /**
     * The serial after every number the city's 2026 manifests hold already (the demo history's, earlier runs'), so
     * no record of the run is refused for its number (R11).
     */
    private int firstFreeSerial() {
        int last = jdbc.queryForList("select last_serial from manifest_serial where origin_city = '3602' "
                + "and serial_year = 2026", Integer.class).stream().findFirst().orElse(0);
        if (last + MANIFESTS > 999_999) {
            throw new IllegalStateException("the city's 2026 serials left (" + (999_999 - last) + ") are fewer than "
                    + MANIFESTS + " manifests: run on an empty database");
        }
        return last + 1;
    }

    /**
     * Manifests {@code from} to {@code to}: each one batch, five steps and a disposal (7 events). A label's sequence
     * has 3 digits per producer, code and day (R07), so the batches are spread over 999 a day from 2025-11-20, all
     * generated before the manifests' 2026-03-04.
     */
    private static byte[] file(int from, int to, int firstSerial) {
        BackflowFile file = new BackflowFile();
        for (int i = from; i < to; i++) {
            file.batchOn("B" + i, FIRST_DAY.plusDays(i / 999), i % 999 + 1)
                    .manifest("M" + i, "B" + i, firstSerial + i).disposal("D" + i, "B" + i);
        }
        return file.jsonLines();
    }
}
