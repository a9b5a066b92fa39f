package cn.haztrail.shared.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Slows down whoever keeps failing to sign in, per (username, client address): after a few free failures each one
 * makes that source wait longer (doubling up to a cap) before it may try that username again. The person signing in
 * from anywhere else is never held up, and an unknown username is counted exactly like a known one, so the answers
 * say nothing about which usernames exist. Counters live in the database, so every node sees the same delay; the
 * username is kept only as a hash.
 */
@Service
public class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final SecurityProperties.Login policy;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.policy = properties.login();
        this.clock = clock;
    }

    /**
     * What this source has on record for this username, in one read: nothing (most sign-ins), failures that a
     * successful sign-in clears, or also a wait it must still sit out.
     */
    @Transactional(readOnly = true)
    public Optional<Standing> standing(String username, String clientAddress) {
        Instant now = now();
        return jdbc.query("select blocked_until from login_throttle where username_hash = ? and client_address = ?",
                        (rs, row) -> Optional.ofNullable(rs.getTimestamp("blocked_until")).map(Timestamp::toInstant)
                                .filter(now::isBefore).map(until -> Duration.between(now, until)),
                        key(username), clientAddress)
                .stream().findFirst().map(Standing::new);
    }

    /** Failures on record; {@code waitFor} is set while the source must still wait. */
    public record Standing(Optional<Duration> waitFor) {
    }

    /** A failed sign-in: counts it and, past the free failures, makes the source wait. */
    @Transactional
    public void failed(String username, String clientAddress) {
        Instant now = now();
        String key = key(username);
        jdbc.update("delete from login_throttle where last_failure_at < ?", timestamp(now.minus(policy.forgetAfter())));
        jdbc.update("""
                insert into login_throttle (username_hash, client_address, failures, last_failure_at)
                values (?, ?, 0, ?) on conflict do nothing""", key, clientAddress, timestamp(now));
        int failures = 1 + jdbc.queryForObject("""
                select failures from login_throttle where username_hash = ? and client_address = ? for update""",
                Integer.class, key, clientAddress);
        Instant blockedUntil = delayAfter(failures).map(now::plus).orElse(null);
        jdbc.update("""
                update login_throttle set failures = ?, last_failure_at = ?, blocked_until = ?
                where username_hash = ? and client_address = ?""",
                failures, timestamp(now), blockedUntil == null ? null : timestamp(blockedUntil), key, clientAddress);
    }

    /** A successful sign-in from this source: its failures for this username no longer count. */
    @Transactional
    public void succeeded(String username, String clientAddress) {
        jdbc.update("delete from login_throttle where username_hash = ? and client_address = ?", key(username),
                clientAddress);
    }

    /** The wait after the n-th failure in a row: none for the free ones, then doubling from the first delay. */
    Optional<Duration> delayAfter(int failures) {
        int beyondFree = failures - policy.freeFailures();
        if (beyondFree <= 0) {
            return Optional.empty();
        }
        Duration delay = policy.firstDelay().multipliedBy(1L << Math.min(beyondFree - 1, 30));
        return Optional.of(delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    static String key(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
