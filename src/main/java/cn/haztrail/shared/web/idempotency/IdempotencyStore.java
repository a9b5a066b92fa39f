package cn.haztrail.shared.web.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Idempotency keys per account. A key is reserved with an insert (the primary key settles races between two
 * retries), completed with the response of a successful write, and released when the write failed, so that the
 * client may retry a failure. A reservation older than {@link #ABANDONED_AFTER} belonged to a request that died.
 */
@Component
class IdempotencyStore {

    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Reservation reserve(String accountId, String key, String requestHash) {
        Instant now = clock.instant();
        try {
            jdbc.update("insert into idempotency_record (account_id, idempotency_key, request_hash, created_at) "
                    + "values (?, ?, ?, ?)", accountId, key, requestHash, Timestamp.from(now));
            return new Reservation.Granted();
        } catch (DuplicateKeyException taken) {
            return existing(accountId, key, requestHash, now);
        }
    }

    private Reservation existing(String accountId, String key, String requestHash, Instant now) {
        List<Reservation> found = jdbc.query("select request_hash, status, content_type, location, etag, body, "
                        + "created_at from idempotency_record where account_id = ? and idempotency_key = ?",
                (rs, row) -> {
                    if (!rs.getString("request_hash").equals(requestHash)) {
                        return new Reservation.Mismatch();
                    }
                    int status = rs.getInt("status");
                    if (!rs.wasNull()) {
                        return new Reservation.Replay(new StoredResponse(status, rs.getString("content_type"),
                                rs.getString("location"), rs.getString("etag"), rs.getBytes("body")));
                    }
                    Instant reservedAt = rs.getTimestamp("created_at").toInstant();
                    return reservedAt.isBefore(now.minus(ABANDONED_AFTER))
                            && takeOver(accountId, key, reservedAt, now)
                            ? new Reservation.Granted() : new Reservation.InProgress();
                }, accountId, key);
        return found.isEmpty() ? reserve(accountId, key, requestHash) : found.get(0);
    }

    private boolean takeOver(String accountId, String key, Instant reservedAt, Instant now) {
        return jdbc.update("update idempotency_record set created_at = ? where account_id = ? and idempotency_key = ?"
                + " and created_at = ? and status is null", Timestamp.from(now), accountId, key,
                Timestamp.from(reservedAt)) == 1;
    }

    void complete(String accountId, String key, StoredResponse response) {
        jdbc.update("update idempotency_record set status = ?, content_type = ?, location = ?, etag = ?, body = ? "
                        + "where account_id = ? and idempotency_key = ?", response.status(), response.contentType(),
                response.location(), response.etag(), response.body(), accountId, key);
    }

    void release(String accountId, String key) {
        jdbc.update("delete from idempotency_record where account_id = ? and idempotency_key = ? and status is null",
                accountId, key);
    }
}
