package cn.haztrail.shared.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A login of the embedded (HTTP Basic) mode. Production logins come as JWTs and need no row here. Failed sign-ins
 * are counted here, not per node, so that every node of a cluster sees the same lock.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "enterprise_id")
    private UUID enterpriseId;

    private String jurisdiction;

    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "failure_window_start")
    private Instant failureWindowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected Account() {
    }

    public Account(String id, String username, String passwordHash, Role role, UUID enterpriseId,
                   String jurisdiction) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enterpriseId = enterpriseId;
        this.jurisdiction = jurisdiction;
        this.enabled = true;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Caller caller() {
        return new Caller(id, role, enterpriseId, jurisdiction);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether a successful sign-in has anything to clear (failures counted, or a lock not yet seen to expire). */
    public boolean hasLoginTrouble() {
        return failedLogins > 0 || lockedUntil != null;
    }

    /** Counts a failed sign-in; returns the failures that locked the account, if this one did. */
    OptionalInt failedLogin(Instant now, SecurityProperties.Login policy) {
        if (lockedAt(now)) {
            return OptionalInt.empty(); // a guess that raced the lock: the lock stands as it is
        }
        if (failureWindowStart == null || !now.isBefore(failureWindowStart.plus(policy.window()))) {
            failureWindowStart = now;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins < policy.maxFailures()) {
            return OptionalInt.empty();
        }
        int failures = failedLogins;
        clearFailures();
        lockedUntil = now.plus(policy.lockDuration());
        return OptionalInt.of(failures);
    }

    /** Ends a lock whose period has passed; returns when it ended, if it did. */
    Optional<Instant> endExpiredLock(Instant now) {
        if (lockedUntil == null || lockedAt(now)) {
            return Optional.empty();
        }
        Instant ended = lockedUntil;
        lockedUntil = null;
        return Optional.of(ended);
    }

    /** Ends a lock before its time; returns whether there was one. */
    boolean unlock() {
        boolean wasLocked = lockedUntil != null;
        lockedUntil = null;
        clearFailures();
        return wasLocked;
    }

    void loginSucceeded() {
        clearFailures();
    }

    private void clearFailures() {
        failedLogins = 0;
        failureWindowStart = null;
    }
}
