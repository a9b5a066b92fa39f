package cn.haztrail.report.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A licence holder submitted version {@code version} of its annual report for {@code year}, with the figures as
 * submitted (R33). Due by {@code dueOn} (31 March of the next year, R34); {@code late} when submitted after it.
 */
@Revision("1")
public record AnnualReportSubmitted(UUID reportId, UUID holderId, int year, int version, ReportFigures figures,
                                    Instant submittedAt, LocalDate dueOn, boolean late) {
}
