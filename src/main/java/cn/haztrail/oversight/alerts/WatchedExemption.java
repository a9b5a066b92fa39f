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

/** An exemption's parties, code, cap and last day, kept from ExemptionRecorded for the R38 alerts. */
@Entity
@Table(name = "alert_exemption")
public class WatchedExemption {

    @Id
    @Column(name = "exemption_id")
    private UUID exemptionId;
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
    @Column(name = "quantity_cap_tonnes")
    private BigDecimal quantityCapTonnes;
    @Column(name = "valid_to")
    private LocalDate validTo;
    /** Business time of the exemption's recording. */
    @Column(name = "recorded_at")
    private Instant recordedAt;
    private boolean revoked;
    @Column(name = "end_warned")
    private boolean endWarned;

    protected WatchedExemption() {
    }

    WatchedExemption(UUID exemptionId, AlertDirectory.Enterprise producer, AlertDirectory.Enterprise utilizer,
                     String wasteCode, BigDecimal quantityCapTonnes, LocalDate validTo, Instant recordedAt) {
        this.exemptionId = exemptionId;
        this.producerId = producer.id();
        this.producerName = producer.name();
        this.producerRegion = producer.regionCode();
        this.utilizerId = utilizer.id();
        this.utilizerName = utilizer.name();
        this.utilizerRegion = utilizer.regionCode();
        this.wasteCode = wasteCode;
        this.quantityCapTonnes = quantityCapTonnes;
        this.validTo = validTo;
        this.recordedAt = recordedAt;
    }

    void revoked() {
        revoked = true;
    }

    void endWarned() {
        endWarned = true;
    }

    /** An alert about this exemption, naming its producer and utilizer in their regions. */
    AlertRecord alert(AlertType type, Instant openedAt, String detailCode, Object... moreArguments) {
        Object[] arguments = new Object[3 + moreArguments.length];
        arguments[0] = producerName;
        arguments[1] = wasteCode;
        arguments[2] = utilizerName;
        System.arraycopy(moreArguments, 0, arguments, 3, moreArguments.length);
        return new AlertRecord(AlertIds.of(type, exemptionId), type, openedAt, type.rule(),
                Translatable.of(detailCode, arguments))
                .inRegions(producerRegion, utilizerRegion)
                .involving(new AlertParty(producerId, producerName, "PRODUCER"))
                .involving(new AlertParty(utilizerId, utilizerName, "RECEIVER"));
    }

    public UUID exemptionId() { return exemptionId; }
    public BigDecimal quantityCapTonnes() { return quantityCapTonnes; }
    public LocalDate validTo() { return validTo; }
    public Instant recordedAt() { return recordedAt; }
    public boolean isRevoked() { return revoked; }
}
