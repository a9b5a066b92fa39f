package cn.haztrail.approval.query;

import cn.haztrail.shared.persistence.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Read model of an approval with the regions of both sides, so that a regulator's list can be filtered by
 * jurisdiction in the database.
 */
@Entity
@Table(name = "approval_view")
public class ApprovalRecord {

    @Id
    private UUID id;
    private String number;
    @Column(name = "consignor_id")
    private UUID consignorId;
    @Column(name = "consignor_name")
    private String consignorName;
    @Column(name = "consignor_region")
    private String consignorRegion;
    @Column(name = "receiver_id")
    private UUID receiverId;
    @Column(name = "receiver_name")
    private String receiverName;
    @Column(name = "receiver_region")
    private String receiverRegion;
    @Convert(converter = StringListConverter.class)
    @Column(name = "waste_codes")
    private List<String> wasteCodes;
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
    @Column(name = "recorded_at")
    private Instant recordedAt;
    private long version;

    protected ApprovalRecord() {
    }

    ApprovalRecord(UUID id, String number, Party consignor, Party receiver, List<String> wasteCodes,
                   String methodCode, BigDecimal quantityCapTonnes, LocalDate validFrom, LocalDate validTo,
                   Instant recordedAt, long version) {
        this.id = id;
        this.number = number;
        this.consignorId = consignor.id();
        this.consignorName = consignor.name();
        this.consignorRegion = consignor.regionCode();
        this.receiverId = receiver.id();
        this.receiverName = receiver.name();
        this.receiverRegion = receiver.regionCode();
        this.wasteCodes = wasteCodes;
        this.methodCode = methodCode;
        this.quantityCapTonnes = quantityCapTonnes;
        this.drawnTonnes = BigDecimal.ZERO;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    /** A party as the view stores it: id, name and region at the time the approval was recorded. */
    record Party(UUID id, String name, String regionCode) {
    }

    /** Applies a later draw; a redelivered or older event (version not above the stored one) changes nothing. */
    void drawn(BigDecimal drawnTotal, long newVersion) {
        if (newVersion > version) {
            this.drawnTonnes = drawnTotal;
            this.version = newVersion;
        }
    }

    public UUID id() { return id; }
    public String number() { return number; }
    public UUID consignorId() { return consignorId; }
    public String consignorName() { return consignorName; }
    public String consignorRegion() { return consignorRegion; }
    public UUID receiverId() { return receiverId; }
    public String receiverName() { return receiverName; }
    public String receiverRegion() { return receiverRegion; }
    public List<String> wasteCodes() { return wasteCodes; }
    public String methodCode() { return methodCode; }
    public BigDecimal quantityCapTonnes() { return quantityCapTonnes; }
    public BigDecimal drawnTonnes() { return drawnTonnes; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public Instant recordedAt() { return recordedAt; }
    public long version() { return version; }
}
