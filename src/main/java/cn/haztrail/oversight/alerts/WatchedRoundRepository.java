package cn.haztrail.oversight.alerts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.UUID;

interface WatchedRoundRepository extends JpaRepository<WatchedRound, UUID> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from alert_round", nativeQuery = true)
    void deleteAllWatches();
}
