package cn.haztrail.plan.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.UUID;

/** Files a new version of the plan, by the producer acting ({@code producerId}); it needs recording again (R30). */
public record AmendPlan(@TargetAggregateIdentifier UUID planId, UUID producerId, PlanContents contents,
                        @TargetAggregateVersion Long expectedVersion, Instant amendedAt) implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return amendedAt;
    }
}
