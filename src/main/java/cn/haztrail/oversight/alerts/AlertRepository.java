package cn.haztrail.oversight.alerts;

import jakarta.persistence.QueryHint;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The projections' lookups by manifest or batch run without flushing the transaction first ({@link #NO_FLUSH}): a
 * replay makes one or two per event, and flushing dirty-checks every alert the batch has touched. That is safe because
 * a new alert is flushed when it is opened ({@link AlertBook}), and an alert the batch has changed comes back as the
 * changed instance, so only the database's view of a state filter can lag: a query for open alerts may also return
 * one closed earlier in the batch, and closing it again changes nothing.
 */
interface AlertRepository extends JpaRepository<AlertRecord, UUID> {

    String NO_FLUSH = "org.hibernate.flushMode";

    @QueryHints(@QueryHint(name = NO_FLUSH, value = "COMMIT"))
    List<AlertRecord> findByManifestIdAndTypeAndState(UUID manifestId, AlertType type, AlertState state);

    @QueryHints(@QueryHint(name = NO_FLUSH, value = "COMMIT"))
    List<AlertRecord> findByBatchIdAndTypeAndState(UUID batchId, AlertType type, AlertState state);

    @QueryHints(@QueryHint(name = NO_FLUSH, value = "COMMIT"))
    List<AlertRecord> findByManifestId(UUID manifestId);

    @QueryHints(@QueryHint(name = NO_FLUSH, value = "COMMIT"))
    List<AlertRecord> findByBatchIdAndTypeIn(UUID batchId, Collection<AlertType> types);

    /**
     * Alerts whose origin or destination lies under a region's code prefix (the jurisdiction, or a region inside it)
     * and whose cause arose in [from, until) (business time); null type or state do not filter. Newest first. The
     * prefix and bounds are never null: PostgreSQL cannot type a null argument of {@code concat}.
     */
    @Query("""
            select a from AlertRecord a
            where (a.originRegion like concat(:prefix, '%') or a.destinationRegion like concat(:prefix, '%'))
              and (:type is null or a.type = :type)
              and (:state is null or a.state = :state)
              and a.openedAt >= :from and a.openedAt < :until
            order by a.openedAt desc, a.id""")
    Page<AlertRecord> search(String prefix, AlertType type, AlertState state, Instant from, Instant until,
                             Pageable pageable);

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
    @Query(value = "delete from oversight_alert_party where alert_id in "
            + "(select id from oversight_alert where type in (:types))", nativeQuery = true)
    void deleteParties(@Param("types") List<String> types);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from oversight_alert where type in (:types)", nativeQuery = true)
    void deleteAlerts(@Param("types") List<String> types);
}
