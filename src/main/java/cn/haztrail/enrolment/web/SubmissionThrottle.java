package cn.haztrail.enrolment.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The application endpoint needs no sign-in and writes, so a client address may send only a few accepted applications
 * per window (5 an hour by default); then it waits until its oldest one leaves the window. Like the sign-in
 * throttle it counts in the database, so every node sees the same count; refused applications cost nothing here.
 */
@Component
class SubmissionThrottle {

    private final JdbcTemplate jdbc;
    private final EnrolmentProperties policy;
    private final Clock clock;

    SubmissionThrottle(JdbcTemplate jdbc, EnrolmentProperties policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** How long the address must still wait, if it has used up its applications. */
    @Transactional(readOnly = true)
    Optional<Duration> waitFor(String address) {
        Instant now = clock.instant();
        Instant since = now.minus(policy.window());
        var recent = jdbc.queryForList("""
                        select submitted_at from enrolment_submission
                        where client_address = ? and submitted_at > ? order by submitted_at desc""",
                Timestamp.class, address, Timestamp.from(since));
        if (recent.size() < policy.applicationsPerAddress()) {
            return Optional.empty();
        }
        Instant freedAt = recent.get(policy.applicationsPerAddress() - 1).toInstant().plus(policy.window());
        return Optional.of(Duration.between(now, freedAt));
    }

    @Transactional
    void accepted(String address) {
        Instant now = clock.instant();
        jdbc.update("delete from enrolment_submission where submitted_at < ?",
                Timestamp.from(now.minus(policy.window())));
        jdbc.update("insert into enrolment_submission (client_address, submitted_at) values (?, ?)", address,
                Timestamp.from(now));
    }
}
