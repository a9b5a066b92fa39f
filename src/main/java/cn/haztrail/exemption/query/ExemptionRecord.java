package cn.haztrail.exemption.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Read model of an exemption with both parties' regions, so that a regulator's list is filtered in the database. */
@Entity
@Table(name = "exemption_view")
public class ExemptionRecord {

    @Id
    private UUID id;
    @Column(name = "producer_id")
    private UUID producerId;
    @Column(name = "producer_name")
    private String producerName;
    @Column(name = "producer_region")
    private String producerRegion;
    @Column(name = "utilizer_id")
    private UUID utilizerId;
    @Column(name = "utilizer_name")
    private String utilizerName;
    @Column(name = "utilizer_region")
    private String utilizerRegion;
    @Column(name = "waste_code")
    private String wasteCode;
    @Column(name = "method_code")
    private String methodCode;
    @Column(name = "quantity_cap_tonnes")
    private BigDecimal quantityCapTonnes;
    @Column(name = "drawn_tonnes")
    private BigDecimal drawnTonnes;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "granted_at")
    private Instant grantedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoke_reason")
    private String revokeReason;
    private long version;

    protected ExemptionRecord() {
    }

    ExemptionRecord(UUID id, Party producer, Party utilizer, String wasteCode, String methodCode,
                    BigDecimal quantityCapTonnes, LocalDate validFrom, LocalDate validTo, Instant grantedAt,
                    long version) {
        this.id = id;
        this.producerId = producer.id();
        this.producerName = producer.name();
        this.producerRegion = producer.regionCode();
        this.utilizerId = utilizer.id();
        this.utilizerName = utilizer.name();
        this.utilizerRegion = utilizer.regionCode();
        this.wasteCode = wasteCode;
        this.methodCode = methodCode;
        this.quantityCapTonnes = quantityCapTonnes;
        this.drawnTonnes = BigDecimal.ZERO;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.grantedAt = grantedAt;
        this.version = version;
    }

    /** A party as the view stores it: id, name and region when the exemption was recorded. */
    record Party(UUID id, String name, String regionCode) {
    }

    /** Applies a later event; a redelivered or older one (version not above the stored one) changes nothing. */
    boolean advanceTo(long newVersion) {
        if (newVersion <= version) {
            return false;
        }
        version = newVersion;
        return true;
    }

    void drawn(BigDecimal total) {
        drawnTonnes = total;
    }

    void revoked(Instant at, String reason) {
        revokedAt = at;
        revokeReason = reason;
    }

    public UUID id() { return id; }
    public UUID producerId() { return producerId; }
    public String producerName() { return producerName; }
    public String producerRegion() { return producerRegion; }
    public UUID utilizerId() { return utilizerId; }
    public String utilizerName() { return utilizerName; }
    public String utilizerRegion() { return utilizerRegion; }
    public String wasteCode() { return wasteCode; }
    public String methodCode() { return methodCode; }
    public BigDecimal quantityCapTonnes() { return quantityCapTonnes; }
    public BigDecimal drawnTonnes() { return drawnTonnes; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public Instant grantedAt() { return grantedAt; }
    public Instant revokedAt() { return revokedAt; }
    public String revokeReason() { return revokeReason; }
    public long version() { return version; }
}
