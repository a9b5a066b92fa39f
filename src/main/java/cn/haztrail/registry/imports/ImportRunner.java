package cn.haztrail.registry.imports;

import cn.haztrail.shared.axon.LiveNodes;
import cn.haztrail.shared.i18n.Translatable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs import jobs in the background on a small bounded pool (a job imports its rows one after the other, each in
 * its own transaction), as the administrator who uploaded the file, so the commands are audited as theirs (R22).
 * A job whose node stopped is marked INTERRUPTED: at startup when this node is alone on the database, otherwise
 * when it has recorded no row for {@code haztrail.imports.silent-after}.
 */
@Component
class ImportRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final UUID node = UUID.randomUUID();
    private final ImportJobs jobs;
    private final EnterpriseRowReader reader;
    private final RowImport rowImport;
    private final LiveNodes liveNodes;
    private final Duration silentAfter;
    /** Wall-clock time: heartbeats are operational, and tests move the business clock. */
    private final Clock clock = Clock.systemUTC();
    private final ThreadPoolExecutor executor;

    ImportRunner(ImportJobs jobs, EnterpriseRowReader reader, RowImport rowImport, LiveNodes liveNodes,
                 @Value("${haztrail.imports.parallel-jobs:2}") int parallelJobs,
                 @Value("${haztrail.imports.queued-jobs:8}") int queuedJobs,
                 @Value("${haztrail.imports.silent-after:PT2M}") Duration silentAfter) {
        this.jobs = jobs;
        this.reader = reader;
        this.rowImport = rowImport;
        this.liveNodes = liveNodes;
        this.silentAfter = silentAfter;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(parallelJobs, parallelJobs, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queuedJobs), runnable -> {
            Thread thread = new Thread(runnable, "enterprise-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Records the job and queues it; refused with 503 when the queue is full (nothing is imported then). */
    UUID start(ImportFile file) {
        UUID id = UUID.randomUUID();
        jobs.start(id, file.fileName(), file.rows().size(), node, clock.instant());
        try {
            executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, file)));
        } catch (RejectedExecutionException full) {
            jobs.forget(id);
            throw new ImportFileRefused(HttpStatus.SERVICE_UNAVAILABLE, "file",
                    Translatable.of("refused.import.busy"));
        }
        return id;
    }

    private void run(UUID id, ImportFile file) {
        try {
            importRows(id, file);
            jobs.finished(id, clock.instant());
        } catch (RuntimeException stopped) {
            log.error("Import {} stopped", id, stopped);
            jobs.interrupted(id, clock.instant());
        }
    }

    private void importRows(UUID id, ImportFile file) {
        for (ImportRow row : file.rows()) {
            try {
                jobs.counted(id, rowImport.importRow(reader.read(row)), clock.instant());
            } catch (RowRefused refused) {
                jobs.refused(id, row.number(), refused, clock.instant());
            } catch (RuntimeException failed) {
                log.warn("Import {}: row {} failed", id, row.number(), failed);
                jobs.refused(id, row.number(), new RowRefused(null, Translatable.of("refused.import.row-failed"),
                        null), clock.instant());
            }
        }
    }

    /** A job is reported as it stands; one whose node went silent is marked INTERRUPTED first. */
    ImportJobs.ImportJobRecord find(UUID id) {
        jobs.interruptSilent(node, clock.instant().minus(silentAfter), clock.instant());
        return jobs.find(id).orElse(null);
    }

    @EventListener(ApplicationReadyEvent.class)
    void interruptOrphans() {
        if (liveNodes.count() == 1) {
            int orphans = jobs.interruptSilent(node, clock.instant().plusSeconds(1), clock.instant());
            if (orphans > 0) {
                log.info("{} import job(s) left running by a stopped node are now INTERRUPTED", orphans);
            }
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
