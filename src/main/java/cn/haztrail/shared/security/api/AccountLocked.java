package cn.haztrail.shared.security.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Too many failed sign-ins locked an embedded-mode account: it refuses every sign-in until {@code lockedUntil}. The
 * account is named by its id only (as in the audit metadata); usernames and passwords never enter the event store.
 */
@Revision("1")
public record AccountLocked(String accountId, Instant lockedUntil, int failures, Instant lockedAt) {
}
