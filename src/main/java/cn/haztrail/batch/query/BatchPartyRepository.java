package cn.haztrail.batch.query;

import org.springframework.data.jpa.repository.JpaRepository;

interface BatchPartyRepository extends JpaRepository<BatchPartyRecord, BatchPartyRecord.Key> {
}
