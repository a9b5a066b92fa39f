package cn.haztrail.manifest.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The next carrier took the waste over; custody moved (R15). */
@Revision("1")
public record HandoverCompleted(UUID manifestId, UUID fromCarrierId, UUID toCarrierId, String vehiclePlate, Instant handedOverAt) {
}
