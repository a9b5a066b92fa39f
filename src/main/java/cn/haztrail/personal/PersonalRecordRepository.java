package cn.haztrail.personal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface PersonalRecordRepository extends JpaRepository<PersonalRecord, UUID> {
}
