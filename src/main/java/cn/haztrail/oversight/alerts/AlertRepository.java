package cn.haztrail.oversight.alerts;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

interface AlertRepository extends JpaRepository<AlertRecord, UUID> {

    List<AlertRecord> findByManifestIdAndTypeAndState(UUID manifestId, AlertType type, AlertState state);

    List<AlertRecord> findByBatchIdAndTypeAndState(UUID batchId, AlertType type, AlertState state);

    List<AlertRecord> findByManifestId(UUID manifestId);

    /**
     * Alerts whose origin or destination lies under a region's code prefix (the jurisdiction, or a region inside it);
     * null type or state do not filter. Newest first. The prefix is never null: PostgreSQL cannot type a null
     * argument of {@code concat}.
     */
    @Query("""
            select a from AlertRecord a
            where (a.originRegion like concat(:prefix, '%') or a.destinationRegion like concat(:prefix, '%'))
              and (:type is null or a.type = :type)
              and (:state is null or a.state = :state)
            order by a.openedAt desc, a.id""")
    Page<AlertRecord> search(String prefix, AlertType type, AlertState state, Pageable pageable);

    /**
     * Closes every open alert whose closing time has come, at that time. One statement whose condition the database
     * re-checks under the row lock, so that nodes running it at once close each alert once.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update AlertRecord a set a.state = :closed, a.closedAt = a.closesAt
            where a.state = :open and a.closesAt is not null and a.closesAt <= :now""")
    int closeDue(Instant now, AlertState open, AlertState closed);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from oversight_alert_party", nativeQuery = true)
    void deleteAllParties();

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from oversight_alert", nativeQuery = true)
    void deleteAllAlerts();
}
