package cn.haztrail.exemption.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface ExemptionDrawRepository extends JpaRepository<ExemptionDrawEntry, UUID> {

    List<ExemptionDrawEntry> findByExemptionIdOrderBySeq(UUID exemptionId);
}
