package cn.haztrail.exemption.query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.UUID;

interface ExemptionRepository extends JpaRepository<ExemptionRecord, UUID> {

    /** Exemptions with either side in a region prefix: "36" a province, "3602" a city, "360203" a county. */
    @Query("""
            select e from ExemptionRecord e
            where e.producerRegion like concat(:regionPrefix, '%') or e.utilizerRegion like concat(:regionPrefix, '%')
            order by e.validFrom desc, e.id""")
    Page<ExemptionRecord> findInRegion(String regionPrefix, Pageable pageable);

    @Query("""
            select e from ExemptionRecord e
            where e.producerId = :enterpriseId or e.utilizerId = :enterpriseId
            order by e.validFrom desc, e.id""")
    Page<ExemptionRecord> findForParty(UUID enterpriseId, Pageable pageable);
}
