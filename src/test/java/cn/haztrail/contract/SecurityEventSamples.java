package cn.haztrail.contract;

import cn.haztrail.shared.security.api.AccountLocked;
import cn.haztrail.shared.security.api.AccountUnlocked;
import cn.haztrail.shared.security.api.UnlockReason;

import java.time.Instant;
import java.util.List;

/** Fixed examples of the sign-in lock's events (published without an aggregate). */
final class SecurityEventSamples {

    static final String ACCOUNT = "3f6c2a9e-8b1d-4e7a-9c5f-2d4b6a8e0c13";
    static final String ADMIN = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";
    static final Instant LOCKED_AT = Instant.parse("2026-03-02T01:12:30.250Z");
    static final Instant LOCKED_UNTIL = Instant.parse("2026-03-02T01:27:30.250Z");

    private SecurityEventSamples() {
    }

    static List<Object> all() {
        return List.of(
                new AccountLocked(ACCOUNT, LOCKED_UNTIL, 5, LOCKED_AT),
                new AccountUnlocked(ACCOUNT, UnlockReason.ADMIN, ADMIN, Instant.parse("2026-03-02T01:20:05.000Z")));
    }
}
