package cn.haztrail.registry.query;

import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceStatus;
import cn.haztrail.registry.api.LicenceLine;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Read model of a business licence in its current terms; its history is the event stream. */
@Entity
@Table(name = "licence_view")
public class LicenceRecord {

    @Id
    private UUID id;
    @Column(name = "enterprise_id")
    private UUID enterpriseId;
    private String number;
    @Enumerated(EnumType.STRING)
    private LicenceMode mode;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "licence_line_view", joinColumns = @JoinColumn(name = "licence_id"))
    @OrderColumn(name = "line_no")
    private List<LicenceLineRecord> lines = new ArrayList<>();
    @Column(name = "annual_capacity_tonnes")
    private BigDecimal annualCapacityTonnes;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Enumerated(EnumType.STRING)
    private LicenceStatus status;
    @Column(name = "status_reason")
    private String statusReason;

    protected LicenceRecord() {
    }

    LicenceRecord(UUID id, UUID enterpriseId, String number, LicenceMode mode, LocalDate validFrom) {
        this.id = id;
        this.enterpriseId = enterpriseId;
        this.number = number;
        this.mode = mode;
        this.validFrom = validFrom;
        this.status = LicenceStatus.ACTIVE;
    }

    void setTerms(List<LicenceLine> newLines, BigDecimal annualCapacityTonnes, LocalDate validTo) {
        this.lines.clear();
        newLines.forEach(line -> this.lines.add(new LicenceLineRecord(line)));
        this.annualCapacityTonnes = annualCapacityTonnes;
        this.validTo = validTo;
    }

    void setStatus(LicenceStatus status, String reason) {
        this.status = status;
        this.statusReason = reason;
    }

    public UUID id() { return id; }
    public UUID enterpriseId() { return enterpriseId; }
    public String number() { return number; }
    public LicenceMode mode() { return mode; }
    public List<LicenceLine> lines() { return lines.stream().map(LicenceLineRecord::toLine).toList(); }
    public BigDecimal annualCapacityTonnes() { return annualCapacityTonnes; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public LicenceStatus status() { return status; }
    public String statusReason() { return statusReason; }
}
