package cn.haztrail.registry.query;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface LicenceRepository extends JpaRepository<LicenceRecord, UUID> {

    List<LicenceRecord> findByEnterpriseIdOrderByValidFromAscNumberAsc(UUID enterpriseId);

    /** The licences of every enterprise registered under a region prefix ("36", "3602", "360203"). */
    @Query("""
            select l from LicenceRecord l, EnterpriseRecord e
            where e.id = l.enterpriseId and e.regionCode like concat(:regionPrefix, '%')
            order by l.validFrom, l.number""")
    List<LicenceRecord> findInRegion(String regionPrefix);
}
