package cn.haztrail.exemption.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The exemption no longer covers any receipt from {@code revokedAt}; what was drawn before stays drawn (R36). */
@Revision("1")
public record ExemptionRevoked(UUID exemptionId, String reason, Instant revokedAt) {
}
