package cn.haztrail.plan.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A producer filed its management plan for {@code year}: version 1 (R30). */
@Revision("1")
public record PlanFiled(UUID planId, UUID producerId, String producerRegion, int year, int version,
                        PlanContents contents, Instant filedAt) {
}
