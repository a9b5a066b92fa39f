package cn.haztrail.plan.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.UUID;

/** A regulator returns the plan's latest version to the producer with its reasons (退回, R30). */
public record ReturnPlan(@TargetAggregateIdentifier UUID planId, String reasons, String jurisdiction,
                         @TargetAggregateVersion Long expectedVersion, Instant returnedAt) implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return returnedAt;
    }
}
