package cn.haztrail.oversight.alerts;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

interface WatchedExemptionRepository extends JpaRepository<WatchedExemption, UUID> {

    /** Standing exemptions valid to {@code lastDay} or earlier and not yet warned of, locked, skipping rows held elsewhere. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("""
            select w from WatchedExemption w
            where w.endWarned = false and w.revoked = false and w.validTo <= :lastDay
            order by w.validTo, w.exemptionId""")
    List<WatchedExemption> lockDueForWarning(LocalDate lastDay, Limit limit);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from alert_exemption", nativeQuery = true)
    void deleteAllWatches();
}
