package cn.haztrail.ledger.export;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Export files are copies of ledgers anyone entitled can export again: they are kept for
 * {@code haztrail.ledger.keep-exports} (7 days) after their job ended, then deleted with their job, so the database
 * does not fill with yesterday's spreadsheets.
 */
@Component
class ExportRetention {

    private final ExportJobs jobs;
    private final ExportFiles files;
    private final Duration keepFor;
    /** Wall-clock time, as the jobs' own times. */
    private final Clock clock = Clock.systemUTC();

    ExportRetention(ExportJobs jobs, ExportFiles files,
                    @Value("${haztrail.ledger.keep-exports:P7D}") Duration keepFor) {
        this.jobs = jobs;
        this.files = files;
        this.keepFor = keepFor;
    }

    /** Deletes the jobs that ended more than the retention ago; answers how many. */
    @Transactional
    public int deleteExpired() {
        int deleted = 0;
        for (UUID id : jobs.endedBefore(clock.instant().minus(keepFor))) {
            files.delete(id);
            jobs.forget(id);
            deleted++;
        }
        return deleted;
    }
}
