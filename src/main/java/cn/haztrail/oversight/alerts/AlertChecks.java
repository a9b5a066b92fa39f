package cn.haztrail.oversight.alerts;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.shared.i18n.Translatable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The time-based part of the alerts: long transits, approvals near expiry, and closing what expiry closes. Each step
 * locks the rows it acts on in short transactions of at most {@value #BATCH} rows and records that it acted, so that
 * several nodes running it at once raise each alert once, and a run that fails is simply done again next time.
 * What it opens depends only on the events and the clock, never on the order in which the projection read them.
 */
@Component
class AlertChecks {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(AlertChecks.class);

    private final TransitWatchRepository transits;
    private final WatchedApprovalRepository approvals;
    private final AlertRepository alerts;
    private final AlertBook book;
    private final AlertProperties properties;
    private final ZoneId zone;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AlertChecks(TransitWatchRepository transits, WatchedApprovalRepository approvals, AlertRepository alerts,
                AlertBook book, AlertProperties properties, WorkingDayCalendar calendar, Clock clock,
                PlatformTransactionManager transactions) {
        this.transits = transits;
        this.approvals = approvals;
        this.alerts = alerts;
        this.book = book;
        this.properties = properties;
        this.zone = calendar.zone();
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${haztrail.oversight.alert-check-interval:PT1M}",
            initialDelayString = "${haztrail.oversight.alert-check-interval:PT1M}")
    void scheduled() {
        try {
            run();
        } catch (RuntimeException failure) {
            log.warn("Alert check failed; it runs again at the next interval", failure);
        }
    }

    /** @return how many alerts it opened or closed */
    int run() {
        Instant now = clock.instant();
        return raiseLongTransits(now) + warnNearExpiry(now) + closeExpired(now);
    }

    /** LONG_TRANSIT for every manifest picked up at least the transit limit ago and not arrived. */
    int raiseLongTransits(Instant now) {
        Instant cutoff = now.minus(properties.transitLimit());
        return inBatches(() -> {
            List<TransitWatch> overdue = transits.lockOverdue(cutoff, Limit.of(BATCH));
            overdue.forEach(watch -> {
                book.open(book.longTransit(watch, properties.transitLimit()));
                watch.raised();
            });
            return overdue.size();
        });
    }

    /**
     * APPROVAL_NEAR_EXPIRY for every approval whose last valid day is within the warning window of today (in
     * {@code haztrail.zone}); it stands from the first day of that window (or the approval's recording, if later)
     * until the approval expires. An approval found already expired gets its alert closed at once.
     */
    int warnNearExpiry(Instant now) {
        LocalDate lastDay = now.atZone(zone).toLocalDate().plus(properties.approvalExpiryWarning());
        return inBatches(() -> {
            List<WatchedApproval> due = approvals.lockDueForWarning(lastDay, Limit.of(BATCH));
            due.forEach(approval -> {
                Instant windowStart = approval.validTo().minus(properties.approvalExpiryWarning())
                        .atStartOfDay(zone).toInstant();
                Instant opened = windowStart.isAfter(approval.recordedAt()) ? windowStart : approval.recordedAt();
                book.open(approval.alert(AlertType.APPROVAL_NEAR_EXPIRY, opened,
                                Translatable.of("alert.approval-near-expiry", approval.number(), approval.validTo()))
                        .closingAt(ApprovalAlerts.expiry(approval.validTo(), zone)));
                approval.expiryWarned();
            });
            return due.size();
        });
    }

    /** Closes the approval alerts of approvals that have expired, as of their expiry. */
    int closeExpired(Instant now) {
        Integer closed = transaction.execute(status -> alerts.closeDue(now, AlertState.OPEN, AlertState.CLOSED));
        return closed == null ? 0 : closed;
    }

    private int inBatches(IntSupplier step) {
        int total = 0;
        int done;
        do {
            Integer result = transaction.execute(status -> step.getAsInt());
            done = result == null ? 0 : result;
            total += done;
        } while (done == BATCH);
        return total;
    }
}
