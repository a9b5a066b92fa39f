package cn.haztrail.plan.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The regulator of {@code jurisdiction} recorded {@code version} of the plan with {@code filingNumber} (备案, R30):
 * from now on the producer's figures are held against this version (R31, R32).
 */
@Revision("1")
public record PlanFilingRecorded(UUID planId, UUID producerId, int year, int version, String filingNumber,
                                 String jurisdiction, Instant recordedAt) {
}
