package cn.haztrail.oversight.alerts;

import cn.haztrail.shared.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A collection round as its alert (R46) needs it, kept from CollectionRoundPlanned and CollectionRoundStarted. */
@Entity
@Table(name = "alert_round")
public class WatchedRound extends AssignedIdEntity<UUID> {

    @Id
    @Column(name = "round_id")
    private UUID roundId;
    @Column(name = "carrier_id")
    private UUID carrierId;
    /** 24:00 of the planned day, Asia/Shanghai. */
    @Column(name = "day_end")
    private Instant dayEnd;
    @Column(name = "started_at")
    private Instant startedAt;

    protected WatchedRound() {
    }

    WatchedRound(UUID roundId, UUID carrierId, Instant dayEnd) {
        this.roundId = roundId;
        this.carrierId = carrierId;
        this.dayEnd = dayEnd;
    }

    void started(Instant at) {
        startedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public UUID getId() {
        return roundId;
    }

    public UUID carrierId() { return carrierId; }
    public Instant dayEnd() { return dayEnd; }
    public Instant startedAt() { return startedAt; }
}
