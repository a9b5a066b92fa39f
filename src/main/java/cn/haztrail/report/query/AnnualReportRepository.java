package cn.haztrail.report.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface AnnualReportRepository extends JpaRepository<AnnualReportRecord, UUID> {
}
