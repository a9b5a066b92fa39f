package cn.haztrail.oversight.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * ROUND_MEDICAL_LIMIT (R46) as time passes: for every medical stop still waiting whose alert is due, raised as standing
 * from its due time (not from the check's run), so that it reads the same as one raised by an event on a replay. In
 * short transactions of at most {@value #BATCH} locked rows, skipping rows held elsewhere, like the other checks.
 */
@Component
class RoundAlertChecks {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(RoundAlertChecks.class);

    private final WatchedRoundStopRepository stops;
    private final RoundStopJudge judge;
    private final RoundAlertProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RoundAlertChecks(WatchedRoundStopRepository stops, RoundStopJudge judge, RoundAlertProperties properties,
                     Clock clock, PlatformTransactionManager transactions) {
        this.stops = stops;
        this.judge = judge;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${haztrail.oversight.alert-check-interval:PT1M}",
            initialDelayString = "${haztrail.oversight.alert-check-interval:PT1M}")
    void scheduled() {
        try {
            run();
        } catch (RuntimeException failure) {
            log.warn("Round alert check failed; it runs again at the next interval", failure);
        }
    }

    /** @return how many alerts it raised */
    int run() {
        Instant now = clock.instant();
        int total = 0;
        int done;
        do {
            Integer result = transaction.execute(status -> raise(now));
            done = result == null ? 0 : result;
            total += done;
        } while (done == BATCH);
        return total;
    }

    private int raise(Instant now) {
        List<WatchedRoundStop> due = stops.lockDue(now.plus(properties.medicalWarning()), now, Limit.of(BATCH));
        // Counts only what it raised: a stop due a moment after now (added with a business time ahead) waits for the
        // next run instead of being fetched again and again.
        return (int) due.stream().filter(stop -> judge.raiseIfDue(stop, now)).count();
    }
}
