package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.MethodKind;
import cn.haztrail.shared.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the regulator's figures need to know of one batch: who generated how much of what and when, who accepted how
 * much and when, and how and when it was utilized or disposed of. Changed only by {@link FactsProjection}, which
 * remembers the batch stream's last applied sequence number so that a redelivered event changes nothing.
 */
@Entity
@Table(name = "batch_fact")
class BatchFact extends AssignedIdEntity<UUID> {

    @Id
    @Column(name = "batch_id")
    private UUID batchId;
    @Column(name = "producer_id")
    private UUID producerId;
    @Column(name = "producer_region")
    private String producerRegion;
    @Column(name = "waste_category")
    private String wasteCategory;
    @Column(name = "waste_code")
    private String wasteCode;
    @Column(name = "generated_at")
    private Instant generatedAt;
    @Column(name = "generated_on")
    private LocalDate generatedOn;
    /** Null when the batch was declared as a volume. */
    @Column(name = "generated_tonnes")
    private BigDecimal generatedTonnes;
    @Column(name = "declared_unit")
    private String declaredUnit;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "receiver_id")
    private UUID receiverId;
    @Column(name = "receiver_region")
    private String receiverRegion;
    @Column(name = "accepted_tonnes")
    private BigDecimal acceptedTonnes;
    @Column(name = "disposed_on")
    private LocalDate disposedOn;
    @Column(name = "disposed_tonnes")
    private BigDecimal disposedTonnes;
    @Column(name = "method_code")
    private String methodCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "method_kind")
    private MethodKind methodKind;
    @Column(name = "last_sequence")
    private long lastSequence;

    protected BatchFact() {
    }

    BatchFact(UUID batchId, UUID producerId, String producerRegion, String wasteCode, String wasteCategory,
              Instant generatedAt, LocalDate generatedOn, BigDecimal generatedTonnes, String declaredUnit,
              long sequence) {
        this.batchId = batchId;
        this.producerId = producerId;
        this.producerRegion = producerRegion;
        this.wasteCode = wasteCode;
        this.wasteCategory = wasteCategory;
        this.generatedAt = generatedAt;
        this.generatedOn = generatedOn;
        this.generatedTonnes = generatedTonnes;
        this.declaredUnit = declaredUnit;
        this.lastSequence = sequence;
    }

    @Override
    public UUID getId() {
        return batchId;
    }

    /** Whether an event at this position of the batch's stream is new here; a redelivered one is not. */
    boolean notYetApplied(long sequence) {
        return sequence > lastSequence;
    }

    void received(UUID receiver, String region, Instant at, LocalDate on, BigDecimal tonnes, long sequence) {
        receiverId = receiver;
        receiverRegion = region;
        receivedAt = at;
        receivedOn = on;
        acceptedTonnes = tonnes;
        lastSequence = sequence;
    }

    /** Back at its producer: no receiver holds it any more, and it is stock again. */
    void returnedToStorage(long sequence) {
        received(null, null, null, null, null, sequence);
        treated(null, null, null, null, sequence);
    }

    void treated(String method, MethodKind kind, LocalDate on, BigDecimal tonnes, long sequence) {
        methodCode = method;
        methodKind = kind;
        disposedOn = on;
        disposedTonnes = tonnes;
        lastSequence = sequence;
    }

    UUID batchId() { return batchId; }
    UUID producerId() { return producerId; }
    String producerRegion() { return producerRegion; }
    String wasteCategory() { return wasteCategory; }
    String wasteCode() { return wasteCode; }
    Instant generatedAt() { return generatedAt; }
    LocalDate generatedOn() { return generatedOn; }
    BigDecimal generatedTonnes() { return generatedTonnes; }
    String declaredUnit() { return declaredUnit; }
    Instant receivedAt() { return receivedAt; }
    LocalDate receivedOn() { return receivedOn; }
    UUID receiverId() { return receiverId; }
    String receiverRegion() { return receiverRegion; }
    BigDecimal acceptedTonnes() { return acceptedTonnes; }
    LocalDate disposedOn() { return disposedOn; }
    BigDecimal disposedTonnes() { return disposedTonnes; }
    String methodCode() { return methodCode; }
    MethodKind methodKind() { return methodKind; }
    long lastSequence() { return lastSequence; }
}
