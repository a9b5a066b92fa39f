package cn.haztrail.oversight.custody;

import cn.haztrail.oversight.integrity.IntegrityChecks;
import cn.haztrail.oversight.integrity.IntegrityFailure;
import cn.haztrail.oversight.integrity.IntegrityReport;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the streams a custody answer lists (R23), so that an answer never presents an altered record as genuine:
 * at every answer, or, if {@code haztrail.integrity.custody-check-max-age} is above zero, from a check of that age
 * at most (an edit made since is then shown once the check is that old).
 */
@Component
class StreamIntegrityChecks {

    /** Beyond this many remembered checks the memory is cleared rather than grown. */
    private static final int REMEMBERED = 10_000;

    private final IntegrityChecks integrity;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<UUID, StreamIntegrityView> recent = new ConcurrentHashMap<>();

    StreamIntegrityChecks(IntegrityChecks integrity, CustodyIntegrityProperties properties, Clock clock) {
        this.integrity = integrity;
        this.maxAge = properties.custodyCheckMaxAge();
        this.clock = clock;
    }

    StreamIntegrityView check(UUID streamId) {
        Instant now = clock.instant();
        if (maxAge.isZero() || maxAge.isNegative()) {
            return checkNow(streamId, now);
        }
        StreamIntegrityView remembered = recent.get(streamId);
        if (remembered != null && !remembered.checkedAt().plus(maxAge).isBefore(now)) {
            return remembered;
        }
        if (recent.size() >= REMEMBERED) {
            recent.clear();
        }
        StreamIntegrityView checked = checkNow(streamId, now);
        recent.put(streamId, checked);
        return checked;
    }

    private StreamIntegrityView checkNow(UUID streamId, Instant now) {
        IntegrityReport report = integrity.stream(streamId.toString());
        IntegrityFailure failure = report.firstFailure();
        return failure == null ? new StreamIntegrityView(report.status(), null, null, null, now)
                : new StreamIntegrityView(report.status(), failure.reason(), failure.sequence(), failure.detail(),
                now);
    }
}
