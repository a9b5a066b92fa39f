package cn.haztrail.report.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The regulator acknowledged version {@code version} of the annual report; the report is closed. */
@Revision("1")
public record AnnualReportAcknowledged(UUID reportId, UUID holderId, int year, int version, Instant acknowledgedAt) {
}
