package cn.haztrail.oversight.custody;

import cn.haztrail.oversight.integrity.IntegrityChecks;
import cn.haztrail.oversight.integrity.IntegrityFailure;
import cn.haztrail.oversight.integrity.IntegrityReport;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** The streams of one answer, those not remembered checked together ({@link IntegrityChecks#streams}). */
    Map<UUID, StreamIntegrityView> check(List<UUID> streamIds) {
        Instant now = clock.instant();
        boolean remember = !(maxAge.isZero() || maxAge.isNegative());
        Map<UUID, StreamIntegrityView> views = new LinkedHashMap<>();
        List<UUID> toCheck = new ArrayList<>();
        for (UUID streamId : streamIds) {
            StreamIntegrityView remembered = remember ? recent.get(streamId) : null;
            if (remembered != null && !remembered.checkedAt().plus(maxAge).isBefore(now)) {
                views.put(streamId, remembered);
            } else {
                toCheck.add(streamId);
            }
        }
        if (!toCheck.isEmpty()) {
            Map<String, IntegrityReport> reports = integrity.streams(toCheck.stream().map(UUID::toString).toList());
            if (remember && recent.size() + toCheck.size() > REMEMBERED) {
                recent.clear();
            }
            for (UUID streamId : toCheck) {
                StreamIntegrityView checked = view(reports.get(streamId.toString()), now);
                views.put(streamId, checked);
                if (remember) {
                    recent.put(streamId, checked);
                }
            }
        }
        return views;
    }

    private static StreamIntegrityView view(IntegrityReport report, Instant now) {
        IntegrityFailure failure = report.firstFailure();
        return failure == null ? new StreamIntegrityView(report.status(), null, null, null, now)
                : new StreamIntegrityView(report.status(), failure.reason(), failure.sequence(), failure.detail(),
                now);
    }
}
