package cn.haztrail.manifest.query;

import cn.haztrail.shared.persistence.AssignedIdEntity;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.stream.Collectors;

/** One line of a manifest as declared, and as received (R17, R18). */
@Entity
@Table(name = "manifest_line_view")
@IdClass(ManifestLineRecord.Key.class)
public class ManifestLineRecord extends AssignedIdEntity<ManifestLineRecord.Key> {

    @Id
    @Column(name = "manifest_id")
    private UUID manifestId;
    @Id
    @Column(name = "batch_id")
    private UUID batchId;
    @Column(name = "line_no")
    private int lineNo;
    @Column(name = "label_id")
    private String labelId;
    @Column(name = "waste_code")
    private String wasteCode;
    @Column(name = "waste_name")
    private String wasteName;
    @Column(name = "declared_value")
    private BigDecimal declaredValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "declared_unit")
    private QuantityUnit declaredUnit;
    @Column(name = "containers_declared")
    private int containersDeclared;
    @Enumerated(EnumType.STRING)
    private LineDecision decision;
    @Column(name = "accepted_value")
    private BigDecimal acceptedValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "accepted_unit")
    private QuantityUnit acceptedUnit;
    @Column(name = "method_code")
    private String methodCode;
    /** Comma-separated discrepancy kinds; empty when the line matched. */
    private String discrepancies;
    /** The targeted-utilization exemption the line is sent under (R37); null: the receiver's licence covers it. */
    @Column(name = "exemption_id")
    private UUID exemptionId;

    protected ManifestLineRecord() {
    }

    ManifestLineRecord(UUID manifestId, int lineNo, BatchLine line, UUID exemptionId) {
        this(manifestId, lineNo, line);
        this.exemptionId = exemptionId;
    }

    ManifestLineRecord(UUID manifestId, int lineNo, BatchLine line) {
        this.manifestId = manifestId;
        this.batchId = line.batchId();
        this.lineNo = lineNo;
        this.labelId = line.labelId();
        this.wasteCode = line.wasteCode();
        this.wasteName = line.wasteName();
        this.declaredValue = line.quantity().value();
        this.declaredUnit = line.quantity().unit();
        this.containersDeclared = line.packaging().count();
        this.discrepancies = "";
    }

    void received(LineOutcome outcome) {
        decision = outcome.decision();
        if (outcome.acceptedQuantity() != null) {
            acceptedValue = outcome.acceptedQuantity().value();
            acceptedUnit = outcome.acceptedQuantity().unit();
        }
        methodCode = outcome.methodCode();
        discrepancies = outcome.discrepancies().stream().map(DiscrepancyKind::name).collect(Collectors.joining(","));
    }

    public UUID manifestId() { return manifestId; }
    public UUID batchId() { return batchId; }
    public int lineNo() { return lineNo; }
    public String labelId() { return labelId; }
    public String wasteCode() { return wasteCode; }
    public String wasteName() { return wasteName; }
    public Quantity declared() { return new Quantity(declaredValue, declaredUnit); }
    public int containersDeclared() { return containersDeclared; }
    public LineDecision decision() { return decision; }
    public Quantity accepted() { return acceptedValue == null ? null : new Quantity(acceptedValue, acceptedUnit); }
    public String methodCode() { return methodCode; }
    public String discrepancies() { return discrepancies; }
    public UUID exemptionId() { return exemptionId; }

    public record Key(UUID manifestId, UUID batchId) implements Serializable {
    }

    @Override
    public Key getId() {
        return new Key(manifestId, batchId);
    }
}
