package cn.haztrail.oversight.alerts;

import cn.haztrail.oversight.SharedCustodyRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Instant;

/**
 * What the alert handler tests share: the projection's tables and the read sides it consults, and a fixture on them
 * starting at {@link #T0}. Subclasses run inside a rolled-back transaction.
 */
abstract class AlertHandlerTest {

    static final Instant T0 = Instant.parse("2026-11-16T01:00:00Z");

    @Autowired
    AlertRepository alerts;
    @Autowired
    TransitWatchRepository transits;
    @Autowired
    WatchedApprovalRepository approvals;
    @Autowired
    AlertDirectory readSides;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CustodySteps steps;
    @Autowired
    SettledAlertPresence presence;
    @Autowired
    ManifestAlertPresence manifestPresence;
    @Autowired
    SharedCustodyRows shared;

    AlertFixture fixture() {
        return new AlertFixture(alerts, transits, approvals, readSides, transactions, steps, presence,
                manifestPresence, shared, T0);
    }
}
