package cn.haztrail.approval.query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.UUID;

interface ApprovalRepository extends JpaRepository<ApprovalRecord, UUID> {

    /** Approvals with either side in a region prefix: "36" a province, "3602" a city, "360203" a county. */
    @Query("""
            select a from ApprovalRecord a
            where a.consignorRegion like concat(:regionPrefix, '%') or a.receiverRegion like concat(:regionPrefix, '%')
            order by a.validFrom desc, a.number""")
    Page<ApprovalRecord> findInRegion(String regionPrefix, Pageable pageable);

    @Query("""
            select a from ApprovalRecord a
            where a.consignorId = :enterpriseId or a.receiverId = :enterpriseId
            order by a.validFrom desc, a.number""")
    Page<ApprovalRecord> findForParty(UUID enterpriseId, Pageable pageable);
}
