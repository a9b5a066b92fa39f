package cn.haztrail.shared.security;

import cn.haztrail.shared.axon.AuditedEvents;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.api.AccountLocked;
import cn.haztrail.shared.security.api.AccountUnlocked;
import cn.haztrail.shared.security.api.UnlockReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Locks an embedded-mode account after {@code haztrail.security.login.max-failures} failed sign-ins within the
 * window, for the lock duration; the lock is the throttle (a locked account checks no password at all). Lock and
 * unlock go to the event store as the audit trail. Each change holds the account's row lock, so nodes sharing the
 * database count every failure once.
 */
@Service
public class LoginProtection {

    private final AccountRepository accounts;
    private final AuditedEvents audit;
    private final SecurityProperties.Login policy;
    private final Clock clock;

    LoginProtection(AccountRepository accounts, AuditedEvents audit, SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.policy = properties.login();
        this.clock = clock;
    }

    /** A wrong password for this username. Unknown usernames are not counted (and look the same from outside). */
    @Transactional
    public void failed(String username) {
        Instant now = now();
        accounts.lockByUsername(username).ifPresent(account -> {
            endExpiredLock(account, now);
            account.failedLogin(now, policy).ifPresent(failures -> audit.publish(
                    new AccountLocked(account.id(), account.lockedUntil(), failures, now), Optional.empty(), now));
        });
    }

    /** A successful sign-in: failures so far no longer count. */
    @Transactional
    public void succeeded(String username) {
        Instant now = now();
        accounts.lockByUsername(username).ifPresent(account -> {
            endExpiredLock(account, now);
            if (!account.lockedAt(now)) {
                account.loginSucceeded();
            }
        });
    }

    /** An administrator ends the account's lock (and forgets its failures); nothing is recorded if it had none. */
    @Transactional
    public void unlock(String username, Caller administrator) {
        Instant now = now();
        Account account = accounts.lockByUsername(username)
                .orElseThrow(() -> CommandRefused.notFound("username",
                        Translatable.of("refused.shared.unknown-account", username)));
        endExpiredLock(account, now);
        if (account.unlock()) {
            audit.publish(new AccountUnlocked(account.id(), UnlockReason.ADMIN, administrator.accountId(), now),
                    Optional.of(administrator), now);
        }
    }

    /** When the account's lock ends, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = now();
        return accounts.findByUsername(username).filter(account -> account.lockedAt(now)).map(Account::lockedUntil);
    }

    /** Milliseconds: the database and the event store keep the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A lock whose period has passed ends when someone first finds it so; it is recorded as of its end. */
    private void endExpiredLock(Account account, Instant now) {
        account.endExpiredLock(now).ifPresent(ended -> audit.publish(new AccountUnlocked(account.id(),
                UnlockReason.EXPIRED, AuditMetadata.SYSTEM_ACCOUNT, ended), Optional.empty(), ended));
    }
}
