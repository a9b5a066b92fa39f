package cn.haztrail.ledger.export;

import cn.haztrail.ledger.query.LedgerFilter;
import org.springframework.stereotype.Service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/** Starts export jobs and answers where they stand and, once done, their file. */
@Service
public class LedgerExports {

    private final ExportRunner runner;
    private final ExportJobs jobs;

    LedgerExports(ExportRunner runner, ExportJobs jobs) {
        this.runner = runner;
        this.jobs = jobs;
    }

    /** The job started; empty when too many wait already. */
    public Optional<ExportJobView> start(LedgerFilter filter, ExportFormat format, String requestedBy) {
        UUID id = runner.start(filter, format, requestedBy);
        return id == null ? Optional.empty() : find(filter.enterpriseId(), id);
    }

    public Optional<ExportJobView> find(UUID enterpriseId, UUID id) {
        return jobs.find(enterpriseId, id).map(ExportJobView::of);
    }

    /** The finished file, when the job is done and its file is on this node. */
    public Optional<ExportFile> file(UUID enterpriseId, UUID id) {
        return jobs.find(enterpriseId, id).filter(job -> job.state() == ExportState.COMPLETED)
                .filter(job -> job.filePath() != null && Files.isReadable(Path.of(job.filePath())))
                .map(job -> new ExportFile(Path.of(job.filePath()), job.format(),
                        (job.register() == null ? "ledger" : job.register().name().toLowerCase()) + "-"
                                + job.id() + "." + job.format().extension()));
    }

    public record ExportFile(Path path, ExportFormat format, String fileName) {
    }
}
