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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface TransitWatchRepository extends JpaRepository<TransitWatch, UUID> {

    /**
     * Without a flush first, as {@link AlertRepository}'s lookups: a watch made in the same processing batch is not
     * found here, and its arrival takes it from the transaction instead ({@link TransitWatches}).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = AlertRepository.NO_FLUSH, value = "COMMIT"))
    @Query("select w from TransitWatch w where w.manifestId = :manifestId")
    Optional<TransitWatch> lock(UUID manifestId);

    /** The watches of these manifests, without a flush first ({@link TransitWatches}). */
    @QueryHints(@QueryHint(name = AlertRepository.NO_FLUSH, value = "COMMIT"))
    @Query("select w from TransitWatch w where w.manifestId in :manifestIds")
    List<TransitWatch> findAllOf(Collection<UUID> manifestIds);

    /**
     * Manifests picked up by {@code cutoff}, not arrived and not yet alerted, oldest first, locked. Rows another
     * transaction holds (an arrival being handled, another node's check) are skipped where the database can (SKIP
     * LOCKED on PostgreSQL), so that the check neither waits nor deadlocks; they come round at the next run.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("""
            select w from TransitWatch w
            where w.arrivalRecordedAt is null and w.alertRaised = false and w.pickedUpAt <= :cutoff
            order by w.pickedUpAt, w.manifestId""")
    List<TransitWatch> lockOverdue(Instant cutoff, Limit limit);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from alert_transit", nativeQuery = true)
    void deleteAllWatches();
}
