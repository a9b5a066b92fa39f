package cn.haztrail.shared.security.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A locked account accepts sign-ins again: its lock period passed ({@link UnlockReason#EXPIRED}, recorded when a
 * sign-in or an administrator first finds it so, with the time the lock ended) or an administrator ended it early.
 *
 * History only, like {@link AccountLocked}: nothing records it any more, stored ones must still read.
 *
 * @param unlockedBy the administrator's account id, or {@code system} when the lock expired
 */
@Revision("1")
public record AccountUnlocked(String accountId, UnlockReason reason, String unlockedBy, Instant unlockedAt) {
}
