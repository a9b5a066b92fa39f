package cn.haztrail.manifest.query;

import cn.haztrail.manifest.api.ManifestStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

interface ManifestRepository extends JpaRepository<ManifestRecord, UUID> {

    Optional<ManifestRecord> findByNumber(String number);

    /**
     * Manifests an enterprise is party to in the given capacity (null: any), or, for a regulator, whose origin or
     * destination lies under a region prefix; null or empty arguments do not filter (never a null string: PostgreSQL
     * could not type it).
     */
    @Query("""
            select m from ManifestRecord m
            where (:status is null or m.status = :status)
              and (:enterprise is null
                   or ((:party = '' or :party = 'CONSIGNOR') and m.consignorId = :enterprise)
                   or ((:party = '' or :party = 'CARRIER') and m.carrierIds like concat('%', :enterpriseText, '%'))
                   or ((:party = '' or :party = 'RECEIVER') and m.receiverId = :enterprise))
              and (:regionPrefix = '' or m.originRegion like concat(:regionPrefix, '%')
                   or m.destinationRegion like concat(:regionPrefix, '%'))
            order by m.draftedAt desc, m.id""")
    Page<ManifestRecord> search(ManifestStatus status, UUID enterprise, String enterpriseText, String party,
                                String regionPrefix, Pageable pageable);
}
