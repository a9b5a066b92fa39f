package cn.haztrail.plan.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.UUID;

/**
 * A regulator records the plan's latest version with a filing number (备案号, R30); {@code jurisdiction} is the
 * regulator's, which must contain the producer's region.
 */
public record RecordPlanFiling(@TargetAggregateIdentifier UUID planId, String filingNumber, String jurisdiction,
                               @TargetAggregateVersion Long expectedVersion, Instant recordedAt)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return recordedAt;
    }
}
