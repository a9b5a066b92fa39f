package cn.haztrail.exemption.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A row of the command side's lookup of exemptions: what each covers, its cap, what is drawn, whether revoked. */
@Entity
@Table(name = "exemption_cover")
public class ExemptionCoverRow {

    @Id
    @Column(name = "exemption_id")
    private UUID exemptionId;
    @Column(name = "producer_id", nullable = false)
    private UUID producerId;
    @Column(name = "utilizer_id", nullable = false)
    private UUID utilizerId;
    @Column(name = "waste_code", nullable = false)
    private String wasteCode;
    @Column(name = "method_code", nullable = false)
    private String methodCode;
    @Column(name = "quantity_cap_tonnes", nullable = false)
    private BigDecimal quantityCapTonnes;
    @Column(name = "drawn_tonnes", nullable = false)
    private BigDecimal drawnTonnes;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;
    @Column(name = "revoked", nullable = false)
    private boolean revoked;

    protected ExemptionCoverRow() {
    }

    ExemptionCoverRow(UUID exemptionId, UUID producerId, UUID utilizerId, String wasteCode, String methodCode,
                      BigDecimal quantityCapTonnes, LocalDate validFrom, LocalDate validTo) {
        this.exemptionId = exemptionId;
        this.producerId = producerId;
        this.utilizerId = utilizerId;
        this.wasteCode = wasteCode;
        this.methodCode = methodCode;
        this.quantityCapTonnes = quantityCapTonnes;
        this.drawnTonnes = BigDecimal.ZERO;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    void drawn(BigDecimal total) {
        drawnTonnes = total;
    }

    void revoked() {
        revoked = true;
    }

    UUID exemptionId() { return exemptionId; }
    UUID producerId() { return producerId; }
    UUID utilizerId() { return utilizerId; }
    String wasteCode() { return wasteCode; }
    String methodCode() { return methodCode; }
    BigDecimal quantityCapTonnes() { return quantityCapTonnes; }
    BigDecimal drawnTonnes() { return drawnTonnes; }
    LocalDate validFrom() { return validFrom; }
    LocalDate validTo() { return validTo; }
    boolean isRevoked() { return revoked; }
}
