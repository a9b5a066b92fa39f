package cn.haztrail.plan.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The regulator of {@code jurisdiction} returned {@code version} of the plan with its reasons (退回, R30). */
@Revision("1")
public record PlanReturned(UUID planId, UUID producerId, int year, int version, String reasons,
                           String jurisdiction, Instant returnedAt) {
}
