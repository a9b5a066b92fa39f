package cn.haztrail.shared.axon.integrity;

import cn.haztrail.shared.alerts.AdminAlertType;
import cn.haztrail.shared.alerts.AdminAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Keeps the evidence of a snapshot the event store would not use (R23) and alerts administrators, once per
 * snapshot. Written in a transaction of its own: the command that loaded the aggregate may well be refused and roll
 * back, and the evidence must stay. The integrity check reports these rows as SNAPSHOT_MISMATCH.
 */
@Component
public class DiscardedSnapshots {

    private static final Logger log = LoggerFactory.getLogger(DiscardedSnapshots.class);

    private final JdbcTemplate jdbc;
    private final AdminAlerts alerts;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DiscardedSnapshots(JdbcTemplate jdbc, AdminAlerts alerts, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    void discarded(StoredSnapshot snapshot, String reason) {
        log.warn("Snapshot {} of {} after sequence {} not used: {}", snapshot.eventIdentifier(),
                snapshot.aggregateIdentifier(), snapshot.sequenceNumber(), reason);
        Boolean recorded = ownTransaction.execute(status -> {
            if (jdbc.queryForObject("select count(*) from discarded_snapshot where event_identifier = ?", Long.class,
                    snapshot.eventIdentifier()) > 0) {
                return false;
            }
            jdbc.update("insert into discarded_snapshot (event_identifier, aggregate_identifier, sequence_number, "
                            + "type, payload, meta_data, discarded_at, detail) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    snapshot.eventIdentifier(), snapshot.aggregateIdentifier(), snapshot.sequenceNumber(),
                    snapshot.type(), snapshot.payload(), snapshot.metaData(),
                    clock.instant().atOffset(ZoneOffset.UTC), reason);
            return true;
        });
        if (Boolean.TRUE.equals(recorded)) {
            ownTransaction.executeWithoutResult(status -> alerts.open(AdminAlertType.SNAPSHOT_MISMATCH,
                    snapshot.aggregateIdentifier() + "@" + snapshot.sequenceNumber(), clock.instant(),
                    "The snapshot of stream " + snapshot.aggregateIdentifier() + " taken after event "
                            + snapshot.sequenceNumber() + " does not match the hash chain (" + reason + "). It was "
                            + "not used: the " + snapshot.type() + " was rebuilt from its events. Someone changed "
                            + "snapshot_event_entry outside HazTrail; see GET /api/v1/oversight/integrity/"
                            + snapshot.aggregateIdentifier() + "."));
        }
    }
}
