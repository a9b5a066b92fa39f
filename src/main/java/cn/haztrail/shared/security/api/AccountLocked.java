package cn.haztrail.shared.security.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Too many failed sign-ins locked an embedded-mode account: it refused every sign-in until {@code lockedUntil}. The
 * account is named by its id only (as in the audit metadata); usernames and passwords never enter the event store.
 * History only: accounts are no longer locked (failed sign-ins now slow down the failing source), but stores written
 * before keep these events and must still read them.
 */
@Revision("1")
public record AccountLocked(String accountId, Instant lockedUntil, int failures, Instant lockedAt) {
}
