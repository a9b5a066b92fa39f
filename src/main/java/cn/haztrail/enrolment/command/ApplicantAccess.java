package cn.haztrail.enrolment.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * What only the applicant holds, kept outside the event store: the tracking token (a random secret handed out once,
 * of which only a SHA-256 hash is kept), the username its first manager wants, and that manager's account once the
 * application is approved.
 */
@Component
public class ApplicantAccess {

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    ApplicantAccess(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the fresh tracking token, shown to the applicant once */
    String open(UUID applicationId, String managerUsername) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("insert into enrolment_applicant (application_id, tracking_token_hash, manager_username) "
                + "values (?, ?, ?)", applicationId, hash(token), managerUsername);
        return token;
    }

    /** Whether the token is this application's; a missing token matches nothing. */
    public boolean matches(UUID applicationId, String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        byte[] expected = jdbc.queryForList("select tracking_token_hash from enrolment_applicant "
                        + "where application_id = ?", String.class, applicationId).stream().findFirst()
                .map(stored -> stored.getBytes(StandardCharsets.US_ASCII)).orElse(null);
        return expected != null && MessageDigest.isEqual(expected, hash(token).getBytes(StandardCharsets.US_ASCII));
    }

    public Optional<String> managerUsername(UUID applicationId) {
        return jdbc.queryForList("select manager_username from enrolment_applicant where application_id = ?",
                String.class, applicationId).stream().findFirst();
    }

    Optional<UUID> managerAccount(UUID applicationId) {
        return jdbc.queryForList("select manager_account_id from enrolment_applicant where application_id = ?",
                String.class, applicationId).stream().filter(id -> id != null).findFirst().map(UUID::fromString);
    }

    void managerOpened(UUID applicationId, UUID accountId) {
        jdbc.update("update enrolment_applicant set manager_account_id = ? where application_id = ?",
                accountId.toString(), applicationId);
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
