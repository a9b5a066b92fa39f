package cn.haztrail.account.api;

import java.time.Instant;
import java.util.UUID;

/** A one-time activation token as handed out once; HazTrail keeps only its hash. */
public record ActivationToken(UUID accountId, String token, Instant expiresAt) {
}
