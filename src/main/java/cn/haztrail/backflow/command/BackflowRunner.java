package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.FileFormat;
import cn.haztrail.backflow.format.ReadRecord;
import cn.haztrail.backflow.format.RecordReader;
import cn.haztrail.backflow.format.RecordRefused;
import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.shared.axon.integrity.IssuedPositions;
import cn.haztrail.shared.persistence.PlannerStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs backflow jobs in the background, chunk after chunk. Each chunk commits with the job's progress, so a job
 * whose node stopped is resumed (at startup, or by any node once it has been silent for
 * {@code haztrail.backflow.silent-after}) from its first uncommitted line, and stores nothing twice.
 */
@Component
public class BackflowRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackflowRunner.class);

    private final UUID node = UUID.randomUUID();
    private final BackflowJobs jobs;
    private final ChunkImport chunks;
    private final PlannerStatistics statistics;
    private final IssuedPositions positions;
    private final JdbcTemplate jdbc;
    private final WasteCatalogue wastes;
    private final MethodCatalogue methods;
    private final RegionDirectory regions;
    private final WorkingDayCalendar calendar;
    /** Business time: what "in the future" means for a record. */
    private final Clock businessClock;
    private final Duration clockSkew;
    private final int chunkSize;
    private final Duration silentAfter;
    private final ExecutorService executor;

    BackflowRunner(BackflowJobs jobs, ChunkImport chunks, PlannerStatistics statistics, IssuedPositions positions,
                   JdbcTemplate jdbc, WasteCatalogue wastes, MethodCatalogue methods, RegionDirectory regions,
                   WorkingDayCalendar calendar, Clock clock,
                   @Value("${haztrail.time.clock-skew:PT5M}") Duration clockSkew,
                   @Value("${haztrail.backflow.chunk-size:500}") int chunkSize,
                   @Value("${haztrail.backflow.silent-after:PT2M}") Duration silentAfter,
                   @Value("${haztrail.backflow.parallel-jobs:1}") int parallelJobs) {
        this.jobs = jobs;
        this.chunks = chunks;
        this.statistics = statistics;
        this.positions = positions;
        this.jdbc = jdbc;
        this.wastes = wastes;
        this.methods = methods;
        this.regions = regions;
        this.calendar = calendar;
        this.businessClock = clock;
        this.clockSkew = clockSkew;
        this.chunkSize = chunkSize;
        this.silentAfter = silentAfter;
        this.executor = Executors.newFixedThreadPool(parallelJobs, runnable -> {
            Thread thread = new Thread(runnable, "backflow-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Records the job with its file and queues it; the answer is the job's id. */
    public UUID start(String fileName, String sourceSystem, byte[] content, String accountId, String role,
                      String jurisdiction) {
        UUID id = create(fileName, sourceSystem, content, accountId, role, jurisdiction);
        executor.execute(() -> runLogged(id));
        return id;
    }

    /** Records the job with its file, without running it. */
    public UUID create(String fileName, String sourceSystem, byte[] content, String accountId, String role,
                       String jurisdiction) {
        UUID id = UUID.randomUUID();
        int total = countRecords(content);
        jobs.start(id, fileName, FileFormat.detect(content).name(), sourceSystem, content, accountId, role, total,
                node, Instant.now());
        jobs.keepJurisdiction(id, jurisdiction);
        return id;
    }

    /** Runs a job to its end in the calling thread, from its first uncommitted line (also how a job resumes). */
    public void run(UUID id) {
        BackflowJob job = jobs.find(id).orElseThrow();
        if (job.state() == JobState.COMPLETED) {
            return;
        }
        CheckContext context = new CheckContext(wastes, methods, regions, calendar.readingStoredYearsOnce(),
                new KnownEnterprises(jdbc), job.sourceSystem(), id, jobs.jurisdiction(id), businessClock.instant(),
                clockSkew);
        GrowthAnalysis analysis = new GrowthAnalysis(statistics, positions.highest());
        List<ReadRecord> chunk = new ArrayList<>();
        RecordReader.read(jobs.content(id), job.nextLine(), read -> {
            chunk.add(read);
            if (chunk.size() >= chunkSize) {
                analysis.stored(importChunk(job, chunk, context));
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            analysis.stored(importChunk(job, chunk, context));
        }
        jobs.finished(id, Instant.now());
    }

    /** Resumes the jobs whose node went silent (a restart): called at startup and on each progress request. */
    public void resumeStalled(Duration silence) {
        Instant before = Instant.now().minus(silence);
        for (UUID id : jobs.stalled(before)) {
            if (jobs.claim(id, node, before, Instant.now())) {
                log.info("Resuming backflow job {} left by a stopped node", id);
                executor.execute(() -> runLogged(id));
            }
        }
    }

    public void resumeStalled() {
        resumeStalled(silentAfter);
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAtStartup() {
        resumeStalled();
    }

    private void runLogged(UUID id) {
        try {
            run(id);
        } catch (RuntimeException stopped) {
            log.error("Backflow job {} stopped; it resumes from its last committed chunk", id, stopped);
        }
    }

    /**
     * A chunk that fails as a whole (a concurrent write) is retried one record at a time, to isolate the record.
     * The answer is how many events the chunk stored.
     */
    private long importChunk(BackflowJob job, List<ReadRecord> chunk, CheckContext context) {
        int nextLine = chunk.get(chunk.size() - 1).line() + 1;
        try {
            return chunks.run(job, chunk, nextLine, context, node).events;
        } catch (RuntimeException failed) {
            if (chunk.size() == 1) {
                log.warn("Backflow job {}: line {} failed", job.id(), chunk.get(0).line(), failed);
                ReadRecord read = chunk.get(0);
                chunks.run(job, List.of(new ReadRecord(read.line(), null, RecordRefused.of(null, null,
                        "refused.backflow.record-failed"))), nextLine, context, node);
                return 0;
            }
            long events = 0;
            for (ReadRecord read : chunk) {
                events += importChunk(job, List.of(read), context);
            }
            return events;
        }
    }

    private static int countRecords(byte[] content) {
        int[] count = {0};
        RecordReader.read(content, 1, read -> count[0]++);
        return count[0];
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
