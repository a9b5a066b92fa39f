package cn.haztrail.exemption.command;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The command side's table of exemptions; never the read model. */
public interface ExemptionCoverTable extends JpaRepository<ExemptionCoverRow, UUID> {

    @Query("""
            select c from ExemptionCoverRow c
            where c.producerId = :producerId and c.utilizerId = :utilizerId and c.wasteCode = :wasteCode
              and c.methodCode = :methodCode and c.revoked = false
              and c.validFrom <= :onDate and c.validTo >= :onDate
            order by c.exemptionId""")
    List<ExemptionCoverRow> findCovering(UUID producerId, UUID utilizerId, String wasteCode, String methodCode,
                                         LocalDate onDate);
}
