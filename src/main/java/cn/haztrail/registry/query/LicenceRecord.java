package cn.haztrail.registry.query;

import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.command.LicenceStatus;
import cn.haztrail.shared.persistence.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    @Convert(converter = StringListConverter.class)
    private List<String> categories;
    @Convert(converter = StringListConverter.class)
    private List<String> codes;
    @Convert(converter = StringListConverter.class)
    @Column(name = "excluded_codes")
    private List<String> excludedCodes;
    @Convert(converter = StringListConverter.class)
    private List<String> methods;
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

    void setTerms(List<String> categories, List<String> codes, List<String> excludedCodes, List<String> methods,
                  BigDecimal annualCapacityTonnes, LocalDate validTo) {
        this.categories = categories;
        this.codes = codes;
        this.excludedCodes = excludedCodes;
        this.methods = methods;
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
    public List<String> categories() { return categories; }
    public List<String> codes() { return codes; }
    public List<String> excludedCodes() { return excludedCodes; }
    public List<String> methods() { return methods; }
    public BigDecimal annualCapacityTonnes() { return annualCapacityTonnes; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public LicenceStatus status() { return status; }
    public String statusReason() { return statusReason; }
}
