package cn.haztrail.bench.crud;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A batch row with its status; every transition overwrites it (its history is only what CrudHistory keeps). */
@Entity
@Table(name = "crud_batch")
class CrudBatch {

    @Id
    UUID id;
    @Column(name = "producer_id")
    UUID producerId;
    @Column(name = "label_id")
    String labelId;
    @Column(name = "waste_code")
    String wasteCode;
    @Column(name = "quantity_kg")
    BigDecimal quantityKg;
    int containers;
    String hazards;
    @Column(name = "generated_at")
    Instant generatedAt;
    String status;
    @Column(name = "manifest_id")
    UUID manifestId;
    @Column(name = "holder_id")
    UUID holderId;
    @Column(name = "accepted_kg")
    BigDecimal acceptedKg;
    @Column(name = "disposal_method")
    String disposalMethod;
    @Column(name = "disposed_kg")
    BigDecimal disposedKg;
    @Column(name = "disposed_on")
    LocalDate disposedOn;
    @Version
    long version;

    protected CrudBatch() {
    }

    CrudBatch(UUID id, UUID producerId, String labelId, String wasteCode, BigDecimal quantityKg, int containers,
              String hazards, Instant generatedAt) {
        this.id = id;
        this.producerId = producerId;
        this.labelId = labelId;
        this.wasteCode = wasteCode;
        this.quantityKg = quantityKg;
        this.containers = containers;
        this.hazards = hazards;
        this.generatedAt = generatedAt;
        this.status = "STORED";
        this.holderId = producerId;
    }
}
