package cn.haztrail.bench.crud;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import java.util.Optional;

interface CrudSerialRepository extends JpaRepository<CrudSerial, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<CrudSerial> findLockedById(String id);
}
