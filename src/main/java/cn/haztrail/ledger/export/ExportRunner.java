package cn.haztrail.ledger.export;

import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.ledger.query.LedgerFilter;
import cn.haztrail.ledger.query.LedgerLines;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.axon.LiveNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs ledger exports in the background on a small bounded pool. A job reads its lines from a database cursor in
 * one read-only transaction and writes them straight to a scratch file on this node, so memory stays bounded whatever
 * the number of lines; the count written is recorded every {@value #PROGRESS_EVERY} lines. The finished file is then
 * copied into the database with the job's completion, so any node can hand it out, and the scratch file deleted.
 */
@Component
class ExportRunner implements DisposableBean {

    static final int PROGRESS_EVERY = 1_000;
    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final ExportJobs jobs;
    private final LedgerLines lines;
    private final EnterpriseQueries enterprises;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate progress;
    private final TransactionTemplate finishing;
    private final ExportFiles files;
    private final ZoneId zone;
    private final Path directory;
    private final LiveNodes liveNodes;
    /** Wall-clock time: job times are operational, and tests move the business clock. */
    private final Clock clock = Clock.systemUTC();
    private final ThreadPoolExecutor executor;

    ExportRunner(ExportJobs jobs, ExportFiles files, LedgerLines lines, EnterpriseQueries enterprises,
                 PlatformTransactionManager transactions, ZoneProperties zone, LiveNodes liveNodes,
                 @Value("${haztrail.ledger.exports-dir:${java.io.tmpdir}/haztrail-ledger-exports}") Path directory,
                 @Value("${haztrail.ledger.parallel-exports:2}") int parallel,
                 @Value("${haztrail.ledger.queued-exports:8}") int queued) {
        this.jobs = jobs;
        this.files = files;
        this.lines = lines;
        this.enterprises = enterprises;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // progress is written beside the read-only cursor's transaction: PostgreSQL refuses an update inside it
        this.progress = new TransactionTemplate(transactions);
        this.progress.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.finishing = new TransactionTemplate(transactions);
        this.zone = zone.zone();
        this.directory = directory;
        this.liveNodes = liveNodes;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(parallel, parallel, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queued), runnable -> {
            Thread thread = new Thread(runnable, "ledger-export-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Records the job and queues it; answers null when the queue is full (no job is kept then). */
    UUID start(LedgerFilter filter, ExportFormat format, String requestedBy) {
        UUID id = UUID.randomUUID();
        jobs.start(id, filter.enterpriseId(), format, filter.register(), lines.count(filter), requestedBy,
                clock.instant());
        try {
            executor.execute(() -> run(id, filter, format));
        } catch (RejectedExecutionException full) {
            jobs.forget(id);
            return null;
        }
        return id;
    }

    private void run(UUID id, LedgerFilter filter, ExportFormat format) {
        Path file = directory.resolve(id + "." + format.extension());
        try {
            Files.createDirectories(directory);
            long written = write(id, filter, format, file);
            finishing.executeWithoutResult(status -> {
                try {
                    jobs.finished(id, written, files.store(id, file), clock.instant());
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (IOException | RuntimeException stopped) {
            log.error("Ledger export {} stopped", id, stopped);
            jobs.failed(id, clock.instant());
        } finally {
            deleteScratch(file);
        }
    }

    private static void deleteScratch(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException notDeleted) {
            log.warn("Could not delete the scratch file {}", file, notDeleted);
        }
    }

    private long write(UUID id, LedgerFilter filter, ExportFormat format, Path file) throws IOException {
        AtomicLong written = new AtomicLong();
        Map<UUID, String> names = new HashMap<>();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             LineWriter writer = LineWriter.of(format, out)) {
            writer.row(LedgerColumns.HEADERS);
            readOnly.executeWithoutResult(status -> lines.forEach(filter, line -> {
                try {
                    writer.row(LedgerColumns.cells(line, zone, party -> names.computeIfAbsent(party, this::name)));
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
                if (written.incrementAndGet() % PROGRESS_EVERY == 0) {
                    progress.executeWithoutResult(inOwn -> jobs.written(id, written.get()));
                }
            }));
        }
        return written.get();
    }

    /** Counterparties are few: each name is read once per job. */
    private String name(UUID enterpriseId) {
        return enterprises.summaries(java.util.List.of(enterpriseId)).stream().findFirst()
                .map(summary -> summary.name()).orElse(null);
    }

    @EventListener(ApplicationReadyEvent.class)
    void failOrphans() {
        if (liveNodes.count() == 1) {
            jobs.failRunning(clock.instant());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
