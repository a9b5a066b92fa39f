package cn.haztrail.registry.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** Read model of a carrier's transport permit. */
@Entity
@Table(name = "permit_view")
public class PermitRecord {

    @Id
    private UUID id;
    @Column(name = "enterprise_id")
    private UUID enterpriseId;
    private String number;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;

    protected PermitRecord() {
    }

    PermitRecord(UUID id, UUID enterpriseId, String number, LocalDate validFrom, LocalDate validTo) {
        this.id = id;
        this.enterpriseId = enterpriseId;
        this.number = number;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public UUID id() { return id; }
    public UUID enterpriseId() { return enterpriseId; }
    public String number() { return number; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
}
