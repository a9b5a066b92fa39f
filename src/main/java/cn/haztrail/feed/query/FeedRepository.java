package cn.haztrail.feed.query;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface FeedRepository extends JpaRepository<FeedEntry, Long> {

    /**
     * Entries after a position and below the horizon ({@link FeedHorizon}) that a party ("": any) or a region prefix
     * ("": any) may see, in order.
     */
    @Query("""
            select f from FeedEntry f
            where f.position > :after and f.position < :horizon
              and (:enterprise = '' or f.enterpriseIds like concat('%,', :enterprise, ',%'))
              and (:regionPrefix = '' or f.regions like concat('%,', :regionPrefix, '%'))
            order by f.position""")
    List<FeedEntry> after(long after, long horizon, String enterprise, String regionPrefix, Limit limit);
}
