package cn.haztrail.registry.query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface EnterpriseRepository extends JpaRepository<EnterpriseRecord, UUID> {

    /** Filters by a role ("" for any) and a region prefix: "36" a province, "3602" a city, "360203" a county. */
    @Query("""
            select e from EnterpriseRecord e
            where (:role = '' or concat(',', e.roles, ',') like concat('%,', :role, ',%'))
              and e.regionCode like concat(:regionPrefix, '%')
            order by e.name, e.id""")
    Page<EnterpriseRecord> search(String role, String regionPrefix, Pageable pageable);

    List<EnterpriseRecord> findByRegionCodeStartingWithOrderByNameAscIdAsc(String regionPrefix);

    Optional<EnterpriseRecord> findByCreditCode(String creditCode);

    /** Part of a name, or a whole credit code; at most 20, by name. */
    @Query("""
            select e from EnterpriseRecord e
            where lower(e.name) like lower(concat('%', :name, '%')) or e.creditCode = :creditCode
            order by e.name, e.id""")
    List<EnterpriseRecord> findByNameOrCreditCode(String name, String creditCode, Pageable pageable);
}
