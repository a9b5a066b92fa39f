package cn.haztrail.backflow.command;

import java.time.Instant;
import java.util.UUID;

/**
 * A job as it stands: its counts (progress), and the first line not yet committed, where it resumes. Once the job
 * has completed, its uploaded file is deleted after a while ({@code uploadDeletedAt}); the rest stays.
 */
public record BackflowJob(UUID id, JobState state, String fileName, String format, String sourceSystem,
                          String accountId, String role, int total, int nextLine, int processed, int imported,
                          int unchanged, int corrected, int refused, long events, Instant startedAt,
                          Instant heartbeatAt, Instant finishedAt, Instant uploadDeletedAt) {

    /** Records per second from start to the last commit (or the end). */
    public double recordsPerSecond() {
        Instant until = finishedAt != null ? finishedAt : heartbeatAt;
        double seconds = Math.max(0.001, (until.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
        return processed / seconds;
    }
}
