package cn.haztrail.bench.crud;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import java.util.List;
import java.util.UUID;

interface CrudLicenceRepository extends JpaRepository<CrudLicence, UUID> {

    List<CrudLicence> findByEnterpriseId(UUID enterpriseId);

    /** Receipt adds to the tonnes used: the row is locked so that two receipts cannot both take the last capacity. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<CrudLicence> findLockedByEnterpriseId(UUID enterpriseId);
}
