package cn.haztrail.oversight.alerts;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

interface WatchedRoundStopRepository extends JpaRepository<WatchedRoundStop, UUID> {

    /** The round's stops still waiting, locked against the check raising one at the same moment. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from WatchedRoundStop w where w.roundId = :roundId and w.ended = false order by w.alertId")
    List<WatchedRoundStop> lockWaitingOfRound(UUID roundId);

    /** The stops still waiting with this manifest (a released manifest may wait on a later round too), locked. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from WatchedRoundStop w where w.manifestId = :manifestId and w.ended = false order by w.alertId")
    List<WatchedRoundStop> lockWaitingWithManifest(UUID manifestId);

    /**
     * Waiting stops whose alert is due by {@code now} and not raised: the limit within the warning ({@code nearCutoff}
     * is now + warning), or the planned day ended before the round set out. Locked, skipping rows held elsewhere.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("""
            select w from WatchedRoundStop w
            where w.ended = false and w.raisedAt is null
              and (w.limitAt <= :nearCutoff
                   or (w.dayEnd <= :now and (w.startedAt is null or w.startedAt >= w.dayEnd)))
            order by w.limitAt, w.alertId""")
    List<WatchedRoundStop> lockDue(Instant nearCutoff, Instant now, Limit limit);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from alert_round_stop", nativeQuery = true)
    void deleteAllWatches();
}
