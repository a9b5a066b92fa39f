package cn.haztrail.oversight.alerts;

import cn.haztrail.shared.i18n.Translatable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An approval's cap, validity and parties, kept from ApprovalRecorded for the cap and expiry alerts (R14). */
@Entity
@Table(name = "alert_approval")
public class WatchedApproval {

    @Id
    @Column(name = "approval_id")
    private UUID approvalId;
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
    @Column(name = "quantity_cap_tonnes")
    private BigDecimal quantityCapTonnes;
    @Column(name = "valid_to")
    private LocalDate validTo;
    /** Business time of the approval's recording. */
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "expiry_warned")
    private boolean expiryWarned;

    protected WatchedApproval() {
    }

    WatchedApproval(UUID approvalId, String number, AlertDirectory.Enterprise consignor,
                    AlertDirectory.Enterprise receiver, BigDecimal quantityCapTonnes, LocalDate validTo,
                    Instant recordedAt) {
        this.approvalId = approvalId;
        this.number = number;
        this.consignorId = consignor.id();
        this.consignorName = consignor.name();
        this.consignorRegion = consignor.regionCode();
        this.receiverId = receiver.id();
        this.receiverName = receiver.name();
        this.receiverRegion = receiver.regionCode();
        this.quantityCapTonnes = quantityCapTonnes;
        this.validTo = validTo;
        this.recordedAt = recordedAt;
    }

    void expiryWarned() {
        expiryWarned = true;
    }

    /** An alert about this approval, with its parties and regions. */
    AlertRecord alert(AlertType type, Instant openedAt, Translatable detail) {
        return new AlertRecord(AlertIds.of(type, approvalId), type, openedAt, type.rule(), detail)
                .aboutApproval(approvalId)
                .inRegions(consignorRegion, receiverRegion)
                .involving(new AlertParty(consignorId, consignorName, "CONSIGNOR"))
                .involving(new AlertParty(receiverId, receiverName, "RECEIVER"));
    }

    public UUID approvalId() { return approvalId; }
    public String number() { return number; }
    public BigDecimal quantityCapTonnes() { return quantityCapTonnes; }
    public LocalDate validTo() { return validTo; }
    public Instant recordedAt() { return recordedAt; }
    public boolean isExpiryWarned() { return expiryWarned; }
}
