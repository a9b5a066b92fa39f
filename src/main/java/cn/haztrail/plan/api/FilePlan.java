package cn.haztrail.plan.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Files a producer's management plan for a year, version 1 (R30); {@code planId} is {@link PlanIds#of}. */
public record FilePlan(@TargetAggregateIdentifier UUID planId, UUID producerId, int year, PlanContents contents,
                       Instant filedAt) implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return filedAt;
    }
}
