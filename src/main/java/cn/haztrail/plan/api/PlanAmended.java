package cn.haztrail.plan.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The producer filed {@code version} of its plan in place of the one before; it waits for the regulator (R30). */
@Revision("1")
public record PlanAmended(UUID planId, UUID producerId, int year, int version, PlanContents contents,
                          Instant amendedAt) {
}
