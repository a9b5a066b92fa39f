package cn.haztrail.ledger.export;

import cn.haztrail.ledger.query.Register;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "LedgerExportJob", description = "An export of a ledger or register: its state and progress")
public record ExportJobView(
        UUID id,
        UUID enterpriseId,
        ExportFormat format,
        @Schema(nullable = true) Register register,
        ExportState state,
        @Schema(description = "Lines to write, counted when the job started", example = "100000") long total,
        @Schema(description = "Lines written so far (updated every 1000 lines)", example = "42000") long written,
        Instant startedAt,
        @Schema(nullable = true) Instant finishedAt) {

    static ExportJobView of(ExportJobs.ExportJob job) {
        return new ExportJobView(job.id(), job.enterpriseId(), job.format(), job.register(), job.state(),
                job.total(), job.written(), job.startedAt(), job.finishedAt());
    }
}
