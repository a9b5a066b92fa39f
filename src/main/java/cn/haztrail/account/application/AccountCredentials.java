package cn.haztrail.account.application;

import cn.haztrail.account.api.ActivationToken;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The secrets of accounts, kept in their own tables and never in events: usernames and BCrypt password hashes
 * (table {@code account}, which sign-in reads) and one-time activation tokens, of which only a SHA-256 hash is kept.
 */
@Component
public class AccountCredentials {

    static final Duration ACTIVATION_VALIDITY = Duration.ofHours(72);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final SecureRandom random = new SecureRandom();

    AccountCredentials(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** A new account without a password yet: it cannot sign in before activation. */
    void create(UUID accountId, String username, Role ownRole, String jurisdiction, String password) {
        int created = jdbc.update("""
                        insert into account (id, username, password_hash, role, enterprise_id, jurisdiction, enabled,
                                             recorded)
                        values (?, ?, ?, ?, null, ?, ?, true) on conflict do nothing""",
                accountId.toString(), username, password == null ? null : passwordEncoder.encode(password),
                ownRole == null ? null : ownRole.name(), jurisdiction, password != null);
        if (created == 0) {
            throw CommandRefused.conflict(null, "username",
                    Translatable.of("refused.account.username-taken", username));
        }
    }

    /**
     * A fresh single-use token, valid for 72 hours; only its hash is stored. The account's earlier unused tokens stop
     * working (they count as used), so only the token handed out last opens the account.
     */
    ActivationToken issueToken(UUID accountId, Instant now) {
        jdbc.update("update activation_token set used_at = ? where account_id = ? and used_at is null",
                Timestamp.from(now), accountId.toString());
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(ACTIVATION_VALIDITY);
        jdbc.update("insert into activation_token (token_hash, account_id, expires_at) values (?, ?, ?)",
                hash(token), accountId.toString(), Timestamp.from(expiresAt));
        return new ActivationToken(accountId, token, expiresAt);
    }

    /** Uses the token up and returns its account; an unknown, used or expired token is refused alike. */
    UUID redeem(String token, Instant now) {
        int used = jdbc.update("""
                        update activation_token set used_at = ?
                        where token_hash = ? and used_at is null and expires_at > ?""",
                Timestamp.from(now), hash(token == null ? "" : token), Timestamp.from(now));
        List<String> account = used == 1 ? jdbc.queryForList(
                "select account_id from activation_token where token_hash = ?", String.class, hash(token))
                : List.of();
        if (account.isEmpty()) {
            throw CommandRefused.ruleViolated("R28", "token",
                    Translatable.of("refused.account.unknown-token"));
        }
        return UUID.fromString(account.get(0));
    }

    void setPassword(UUID accountId, String password) {
        jdbc.update("update account set password_hash = ?, enabled = true where id = ?",
                passwordEncoder.encode(password), accountId.toString());
    }

    boolean usernameTaken(String username) {
        return !jdbc.queryForList("select 1 from account where username = ?", Integer.class, username).isEmpty();
    }

    /** Whether the account has set its first password. */
    boolean activated(UUID accountId) {
        return !jdbc.queryForList("select 1 from account where id = ? and password_hash is not null", Integer.class,
                accountId.toString()).isEmpty();
    }

    /** Whether the account has a history of its own (accounts made before accounts had one, and the bootstrap
     * administrator, have none). */
    boolean recorded(UUID accountId) {
        return Boolean.TRUE.equals(jdbc.queryForList("select recorded from account where id = ?", Boolean.class,
                accountId.toString()).stream().findFirst().orElse(false));
    }

    boolean passwordMatches(UUID accountId, String password) {
        List<String> hash = jdbc.queryForList("select password_hash from account where id = ?", String.class,
                accountId.toString());
        return !hash.isEmpty() && hash.get(0) != null && password != null
                && passwordEncoder.matches(password, hash.get(0));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
