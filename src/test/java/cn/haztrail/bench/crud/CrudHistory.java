package cn.haztrail.bench.crud;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One audit row per change of a batch or manifest: who, business time, recording time (R22 in any design). */
@Entity
@Table(name = "crud_history")
class CrudHistory {

    @Id
    UUID id;
    @Column(name = "subject_id")
    UUID subjectId;
    String action;
    @Column(name = "account_id")
    String accountId;
    @Column(name = "business_time")
    Instant businessTime;
    @Column(name = "recorded_at")
    Instant recordedAt;
    String detail;

    protected CrudHistory() {
    }

    CrudHistory(UUID subjectId, String action, String accountId, Instant businessTime, String detail) {
        this.id = java.util.UUID.randomUUID();
        this.subjectId = subjectId;
        this.action = action;
        this.accountId = accountId;
        this.businessTime = businessTime;
        this.recordedAt = Instant.now();
        this.detail = detail;
    }
}
