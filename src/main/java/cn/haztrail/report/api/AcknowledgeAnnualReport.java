package cn.haztrail.report.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** The regulator of the holder's jurisdiction acknowledges (确认) the submitted {@code version} of the report. */
public record AcknowledgeAnnualReport(@TargetAggregateIdentifier UUID reportId, int version, Instant acknowledgedAt) {
}
