package cn.haztrail.oversight.alerts;

import cn.haztrail.shared.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A medical stop (HW01) of a collection round, watched for R46 until its wait ends: its manifest is picked up or
 * cancelled, or the round is completed. Its id is the id of its alert. Times are kept to the microsecond, as the
 * columns keep them, so that a watch read back judges the same as one still in memory (replays).
 */
@Entity
@Table(name = "alert_round_stop")
public class WatchedRoundStop extends AssignedIdEntity<UUID> {

    @Id
    @Column(name = "alert_id")
    private UUID alertId;
    @Column(name = "round_id")
    private UUID roundId;
    @Column(name = "manifest_id")
    private UUID manifestId;
    @Column(name = "carrier_id")
    private UUID carrierId;
    /** The earliest 48-hour limit of the manifest's medical batches, as the round checked it (R44). */
    @Column(name = "limit_at")
    private Instant limitAt;
    @Column(name = "day_end")
    private Instant dayEnd;
    @Column(name = "started_at")
    private Instant startedAt;
    /** Business time of the stop's adding: the alert stands from then at the earliest. */
    @Column(name = "added_at")
    private Instant addedAt;
    private boolean ended;
    /** When the alert was raised to stand from; null while it is not. */
    @Column(name = "raised_at")
    private Instant raisedAt;

    protected WatchedRoundStop() {
    }

    WatchedRoundStop(UUID roundId, UUID manifestId, WatchedRound round, Instant limitAt, Instant addedAt) {
        this.alertId = AlertIds.of(AlertType.ROUND_MEDICAL_LIMIT, roundId, manifestId);
        this.roundId = roundId;
        this.manifestId = manifestId;
        this.carrierId = round.carrierId();
        this.limitAt = limitAt.truncatedTo(ChronoUnit.MICROS);
        this.dayEnd = round.dayEnd();
        this.startedAt = round.startedAt();
        this.addedAt = addedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * R46: when the round would break the stop's 48 hours, by the facts known now: {@code warning} before the limit,
     * or the end of the planned day if the vehicle had not set out by then, whichever is first; never before the
     * stop was added.
     */
    Instant dueAt(Duration warning) {
        Instant due = dayPassed() && dayEnd.isBefore(nearAt(warning)) ? dayEnd : nearAt(warning);
        return due.isBefore(addedAt) ? addedAt : due;
    }

    /** Whether the reason is the day that passed without the round setting out, rather than the limit alone. */
    boolean dueForTheDay(Duration warning) {
        return dayPassed() && dayEnd.isBefore(nearAt(warning));
    }

    private Instant nearAt(Duration warning) {
        return limitAt.minus(warning);
    }

    /** Not set out before its day ended, as far as known: a round that has not set out yet may still. */
    private boolean dayPassed() {
        return startedAt == null || !startedAt.isBefore(dayEnd);
    }

    void started(Instant at) {
        startedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    void raised(Instant at) {
        raisedAt = at;
    }

    void unraised() {
        raisedAt = null;
    }

    void ended() {
        ended = true;
    }

    @Override
    public UUID getId() {
        return alertId;
    }

    public UUID alertId() { return alertId; }
    public UUID roundId() { return roundId; }
    public UUID manifestId() { return manifestId; }
    public UUID carrierId() { return carrierId; }
    public Instant limitAt() { return limitAt; }
    public Instant dayEnd() { return dayEnd; }
    public boolean isEnded() { return ended; }
    public Instant raisedAt() { return raisedAt; }
}
