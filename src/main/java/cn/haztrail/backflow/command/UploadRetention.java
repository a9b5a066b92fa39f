package cn.haztrail.backflow.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * An uploaded backflow file is needed only while its job runs (a resumed job reads it from its first uncommitted
 * line): once the job has completed, the file is kept for {@code haztrail.backflow.keep-uploads} (7 days, time to
 * look into a refused line against the file) and then deleted, so the database does not keep every city's history
 * twice. The job's record, counts and refused lines stay.
 */
@Component
public class UploadRetention {

    private static final Logger log = LoggerFactory.getLogger(UploadRetention.class);

    private final BackflowJobs jobs;
    private final Clock clock;
    private final Duration keepFor;

    UploadRetention(BackflowJobs jobs, Clock clock,
                    @Value("${haztrail.backflow.keep-uploads:P7D}") Duration keepFor) {
        this.jobs = jobs;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /** Deletes the files of the jobs that completed more than the retention ago; answers how many. */
    public int deleteExpired() {
        Instant now = clock.instant();
        int deleted = jobs.deleteUploadsEndedBefore(now.minus(keepFor), now);
        if (deleted > 0) {
            log.info("Deleted the uploaded files of {} completed backflow jobs", deleted);
        }
        return deleted;
    }
}
