package cn.haztrail.backflow.web;

import cn.haztrail.backflow.command.BackflowJob;
import cn.haztrail.backflow.command.JobState;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A backflow job's progress: records done (and how), refused, events stored and the rate so far; and when its
 * uploaded file was deleted (the results stay).
 */
@Schema(name = "BackflowJob")
public record BackflowJobView(UUID id, JobState state, String fileName, String format, String sourceSystem,
                              int total, int processed, int imported, int unchanged, int corrected, int refused,
                              long events, double recordsPerSecond, Instant startedAt, Instant finishedAt,
                              @Schema(description = "When the uploaded file was deleted, "
                                      + "haztrail.backflow.keep-uploads (7 days) after the job completed; the "
                                      + "counts and refused records stay. Absent while the file is kept.")
                              Instant uploadDeletedAt) {

    static BackflowJobView of(BackflowJob job) {
        return new BackflowJobView(job.id(), job.state(), job.fileName(), job.format(), job.sourceSystem(),
                job.total(), job.processed(), job.imported(), job.unchanged(), job.corrected(), job.refused(),
                job.events(), Math.round(job.recordsPerSecond() * 10) / 10.0, job.startedAt(), job.finishedAt(),
                job.uploadDeletedAt());
    }
}
