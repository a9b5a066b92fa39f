package cn.haztrail.report.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The regulator returns (退回) the submitted {@code version} with its reasons; the holder may submit again. */
public record ReturnAnnualReport(@TargetAggregateIdentifier UUID reportId, int version, List<String> reasons,
                                 Instant returnedAt) {
}
