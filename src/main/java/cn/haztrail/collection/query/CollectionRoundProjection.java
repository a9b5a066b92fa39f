package cn.haztrail.collection.query;

import cn.haztrail.collection.api.CollectionRoundCompleted;
import cn.haztrail.collection.api.CollectionRoundPlanned;
import cn.haztrail.collection.api.CollectionRoundStarted;
import cn.haztrail.collection.api.CollectionRoundStatus;
import cn.haztrail.collection.api.CollectionRoundStopAdded;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.EnterpriseSummary;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Collection rounds as their collector, carrier, producers and regulators read them. Subscribing: updated in the
 * command's own transaction, so the answer to a write already shows it. Each write is guarded by the stream's
 * sequence number, so an event handled twice changes nothing.
 */
@Component
@ProcessingGroup(CollectionRoundProjection.GROUP)
class CollectionRoundProjection {

    static final String GROUP = "collection-round-view";

    private final JdbcTemplate jdbc;
    private final EnterpriseQueries enterprises;

    CollectionRoundProjection(JdbcTemplate jdbc, EnterpriseQueries enterprises) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
    }

    @EventHandler
    void on(CollectionRoundPlanned event, @SequenceNumber long version) {
        Long known = jdbc.queryForObject("select count(*) from collection_round_view where id = ?", Long.class,
                event.roundId());
        if (known != null && known > 0) {
            return;
        }
        EnterpriseSummary collector = summary(event.collectorId());
        jdbc.update("insert into collection_round_view (id, collector_id, collector_name, collector_region, "
                        + "carrier_id, vehicle_plate, planned_day, status, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.roundId(), event.collectorId(), collector.name(), collector.regionCode(), event.carrierId(),
                event.vehiclePlate(), event.plannedDay(), CollectionRoundStatus.PLANNED.name(), version);
    }

    @EventHandler
    void on(CollectionRoundStopAdded event, @SequenceNumber long version) {
        if (advance(event.roundId(), version, null, null, null) == 1) {
            jdbc.update("insert into collection_round_stop_view (round_id, stop_no, manifest_id, producer_id, "
                            + "producer_region) values (?, ?, ?, ?, ?)", event.roundId(), event.stopNo(),
                    event.manifestId(), event.producerId(), summary(event.producerId()).regionCode());
        }
    }

    @EventHandler
    void on(CollectionRoundStarted event, @SequenceNumber long version) {
        advance(event.roundId(), version, CollectionRoundStatus.STARTED, "started_at", event.startedAt());
    }

    @EventHandler
    void on(CollectionRoundCompleted event, @SequenceNumber long version) {
        int advanced = advance(event.roundId(), version, CollectionRoundStatus.COMPLETED, "completed_at",
                event.completedAt());
        if (advanced == 1) {
            event.notCollected().forEach(stopNo -> jdbc.update("update collection_round_stop_view set not_collected "
                    + "= true where round_id = ? and stop_no = ?", event.roundId(), stopNo));
        }
    }

    /** Moves the round to {@code version} (and a new status with its time); 0 when it was there already. */
    private int advance(UUID roundId, long version, CollectionRoundStatus status, String timeColumn, Instant at) {
        if (status == null) {
            return jdbc.update("update collection_round_view set version = ? where id = ? and version < ?",
                    version, roundId, version);
        }
        return jdbc.update("update collection_round_view set version = ?, status = ?, " + timeColumn + " = ? "
                + "where id = ? and version < ?", version, status.name(), Timestamp.from(at), roundId, version);
    }

    private EnterpriseSummary summary(UUID id) {
        return enterprises.summary(id)
                .orElseThrow(() -> new IllegalStateException("collection round names unregistered enterprise " + id));
    }
}
