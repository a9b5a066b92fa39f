package cn.haztrail.report.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/**
 * The licence holder submits its annual report for {@code year} with the figures it was shown (the draft computed
 * from events at that moment, R33); a returned report is submitted again as a new version.
 */
public record SubmitAnnualReport(@TargetAggregateIdentifier UUID reportId, UUID holderId, int year,
                                 ReportFigures figures, Instant submittedAt) implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return submittedAt;
    }
}
