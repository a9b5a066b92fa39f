package cn.haztrail.oversight.alerts;

import cn.haztrail.catalogue.WorkingDayCalendar;
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

/**
 * EXEMPTION_NEAR_END (R38) for every standing exemption whose last valid day is within the warning window of today
 * (in {@code haztrail.zone}): it stands from the first day of that window (or the exemption's recording, if later)
 * until the exemption ends, when the alert check's closing of due alerts closes it. Locks the rows it acts on in
 * short transactions and records that it warned, so several nodes raise each alert once.
 */
@Component
class ExemptionAlertChecks {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(ExemptionAlertChecks.class);

    private final WatchedExemptionRepository exemptions;
    private final AlertBook book;
    private final ExemptionAlertProperties properties;
    private final ZoneId zone;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ExemptionAlertChecks(WatchedExemptionRepository exemptions, AlertBook book, ExemptionAlertProperties properties,
                         WorkingDayCalendar calendar, Clock clock, PlatformTransactionManager transactions) {
        this.exemptions = exemptions;
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
            log.warn("Exemption alert check failed; it runs again at the next interval", failure);
        }
    }

    /** @return how many exemptions it looked at: warned of, or found ended already */
    int run() {
        Instant now = clock.instant();
        LocalDate lastDay = now.atZone(zone).toLocalDate().plus(properties.endWarning());
        int total = 0;
        int done;
        do {
            Integer result = transaction.execute(status -> warn(lastDay, now.atZone(zone).toLocalDate()));
            done = result == null ? 0 : result;
            total += done;
        } while (done == BATCH);
        return total;
    }

    private int warn(LocalDate lastDay, LocalDate today) {
        List<WatchedExemption> due = exemptions.lockDueForWarning(lastDay, Limit.of(BATCH));
        due.forEach(exemption -> {
            if (exemption.validTo().isBefore(today)) {
                // recorded after it had ended (history entered late): nothing is left to warn of
                exemption.endWarned();
                return;
            }
            Instant windowStart = exemption.validTo().minus(properties.endWarning()).atStartOfDay(zone).toInstant();
            Instant opened = windowStart.isAfter(exemption.recordedAt()) ? windowStart : exemption.recordedAt();
            book.open(exemption.alert(AlertType.EXEMPTION_NEAR_END, opened, "alert.exemption-near-end",
                            exemption.validTo())
                    .closingAt(ApprovalAlerts.expiry(exemption.validTo(), zone)));
            exemption.endWarned();
        });
        return due.size();
    }
}
