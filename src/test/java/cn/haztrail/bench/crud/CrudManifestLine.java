package cn.haztrail.bench.crud;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "crud_manifest_line")
class CrudManifestLine {

    @Id
    UUID id;
    @Column(name = "batch_id")
    UUID batchId;
    @Column(name = "waste_code")
    String wasteCode;
    @Column(name = "declared_kg")
    BigDecimal declaredKg;
    @Column(name = "accepted_kg")
    BigDecimal acceptedKg;
    String decision;

    protected CrudManifestLine() {
    }

    CrudManifestLine(UUID batchId, String wasteCode, BigDecimal declaredKg) {
        this.id = UUID.randomUUID();
        this.batchId = batchId;
        this.wasteCode = wasteCode;
        this.declaredKg = declaredKg;
    }
}
