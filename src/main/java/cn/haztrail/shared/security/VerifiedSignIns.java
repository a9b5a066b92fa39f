package cn.haztrail.shared.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;

/**
 * Remembers, for a short while, that a username and password were checked against a stored password hash, so that an
 * API client sending the same HTTP Basic credentials with every request pays BCrypt once per period instead of every
 * time. Only a success is remembered, never a wrong password. The entry is a keyed hash (HMAC-SHA256 with a key made
 * at start and never stored) of username and password, so the memory holds nothing a password could be read or
 * guessed back from offline; its value is the stored hash that was checked. It counts only while the account still
 * has that very hash: the account is loaded afresh on every request, so a new password, a disabled account or one
 * with no enabled membership left (both load as a hash no password matches) is refused at the next request, on
 * every node, and roles and memberships are always the current ones.
 */
class VerifiedSignIns {

    private final Cache<String, String> verified;
    private final SecretKey key;

    VerifiedSignIns(Duration rememberFor, long maximumEntries) {
        this.verified = Caffeine.newBuilder().expireAfterWrite(rememberFor).maximumSize(maximumEntries).build();
        try {
            this.key = KeyGenerator.getInstance("HmacSHA256").generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether these credentials were checked against exactly this stored hash within the period. */
    boolean remembers(String username, String password, String storedHash) {
        String checked = verified.getIfPresent(entry(username, password));
        return checked != null && storedHash != null && MessageDigest.isEqual(
                checked.getBytes(StandardCharsets.UTF_8), storedHash.getBytes(StandardCharsets.UTF_8));
    }

    /** Call only after the password matched {@code storedHash}. */
    void remember(String username, String password, String storedHash) {
        verified.put(entry(username, password), storedHash);
    }

    private String entry(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0); // "ab" + "c" and "a" + "bc" are different entries
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
