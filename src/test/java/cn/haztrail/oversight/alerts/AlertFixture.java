package cn.haztrail.oversight.alerts;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.oversight.SharedCustodyRows;
import cn.haztrail.shared.axon.AuditMetadata;
import org.axonframework.messaging.MetaData;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;

/**
 * The alert projections and check wired by hand to the real tables (inside the test's transaction, rolled back at
 * its end), a made-up directory and a clock the test moves.
 */
class AlertFixture {

    static final Duration TRANSIT_LIMIT = Duration.ofHours(48);
    static final AlertProperties PROPERTIES = new AlertProperties(TRANSIT_LIMIT, Period.ofDays(30),
            Duration.ofMinutes(1));

    final TestDirectory directory;
    final AlertRepository alerts;
    final AlertBook book;
    final ManifestAlerts manifests;
    final BatchAlerts batches;
    final ApprovalAlerts approvals;
    final MutableClock clock;
    final AlertChecks checks;
    final AlertDirectory.Enterprise plant;
    final AlertDirectory.Enterprise centre;
    final AlertDirectory.Enterprise carrier;
    final AlertDirectory.Enterprise recycler;

    AlertFixture(AlertRepository alerts, TransitWatchRepository transits, WatchedApprovalRepository watched,
                 AlertDirectory readSides, PlatformTransactionManager transactions, CustodySteps steps,
                 SettledAlertPresence presence, ManifestAlertPresence manifestPresence, SharedCustodyRows shared,
                 Instant now) {
        this.directory = new TestDirectory(readSides);
        this.alerts = alerts;
        this.book = new AlertBook(alerts, directory, manifestPresence);
        this.clock = new MutableClock(now);
        this.manifests = new ManifestAlerts(book, new TransitWatches(transits), manifestPresence, PROPERTIES, clock);
        this.batches = new BatchAlerts(book, directory, steps, presence, shared);
        this.approvals = new ApprovalAlerts(watched, book, directory, TestReferenceData.calendar());
        this.checks = new AlertChecks(transits, watched, alerts, book, PROPERTIES, TestReferenceData.calendar(),
                clock, transactions);
        this.plant = directory.enterprise("测试化工有限公司", "360203");
        this.centre = directory.enterprise("测试危废处置中心", "360222");
        this.carrier = directory.enterprise("测试危货运输公司", "360203");
        this.recycler = directory.enterprise("深圳测试再生资源公司", "440306");
    }

    AlertDirectory.Manifest manifest(String number) {
        return directory.manifest(number, plant, centre);
    }

    Optional<AlertRecord> alert(AlertType type, Object... subject) {
        return alerts.findById(AlertIds.of(type, subject));
    }

    static MetaData at(Instant businessTime) {
        return MetaData.with(AuditMetadata.BUSINESS_TIME, businessTime.toString());
    }
}
