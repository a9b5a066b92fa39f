package cn.haztrail.ledger.export;

import cn.haztrail.ledger.query.LedgerFilter;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** Starts export jobs and answers where they stand and, once done, their file. */
@Service
public class LedgerExports {

    private final ExportRunner runner;
    private final ExportJobs jobs;
    private final ExportFiles files;

    LedgerExports(ExportRunner runner, ExportJobs jobs, ExportFiles files) {
        this.runner = runner;
        this.jobs = jobs;
        this.files = files;
    }

    /** The job started; empty when too many wait already. */
    public Optional<ExportJobView> start(LedgerFilter filter, ExportFormat format, String requestedBy) {
        UUID id = runner.start(filter, format, requestedBy);
        return id == null ? Optional.empty() : find(filter.enterpriseId(), id);
    }

    public Optional<ExportJobView> find(UUID enterpriseId, UUID id) {
        return jobs.find(enterpriseId, id).map(ExportJobView::of);
    }

    /** The finished file, when the job is done; read from the database, so any node answers. */
    public Optional<ExportFile> file(UUID enterpriseId, UUID id) {
        return jobs.find(enterpriseId, id).filter(job -> job.state() == ExportState.COMPLETED)
                .map(job -> new ExportFile(job.sizeBytes(), job.format(),
                        (job.register() == null ? "ledger" : job.register().name().toLowerCase()) + "-"
                                + job.id() + "." + job.format().extension(), () -> files.open(job.id())));
    }

    /** A file's bytes are read chunk by chunk as {@link #open()}'s stream is consumed. */
    public record ExportFile(long sizeBytes, ExportFormat format, String fileName, Supplier<InputStream> content) {

        public InputStream open() {
            return content.get();
        }

        /** The answer of a download: the file's type, name and length, its bytes streamed chunk by chunk. */
        public ResponseEntity<Resource> download() {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                    .contentLength(sizeBytes)
                    .body(new InputStreamResource(open()));
        }
    }
}
