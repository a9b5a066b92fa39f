package cn.haztrail.report.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The regulator returned version {@code version} of the annual report with its reasons, for a new version. */
@Revision("1")
public record AnnualReportReturned(UUID reportId, UUID holderId, int year, int version, List<String> reasons,
                                   Instant returnedAt) {
}
