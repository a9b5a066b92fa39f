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
 * much and when, and how and when it was utilized or disposed of. Changed only by {@link FactsProjection}. The
 * registration comes from the batch's stream, the receipt from its manifests' and the disposal from the batch's
 * again, which the processor's segments may handle in any order: each group of columns is set by its own event, a
 * receipt and a disposal remember the global position of their event so that the latest receipt wins and a disposal
 * that a later receipt superseded does not stand, and a row counts in no figure until its registration is known.
 * Setting what an event says is idempotent, so a redelivered event changes nothing. A batch made by a split or
 * consolidation is known from its {@code BatchRepacked} instead of a registration (R45).
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
    /** Null in rows the old projection wrote in custody order: before every event still to come. */
    @Column(name = "receipt_position")
    private Long receiptPosition;
    @Column(name = "disposed_on")
    private LocalDate disposedOn;
    @Column(name = "disposed_tonnes")
    private BigDecimal disposedTonnes;
    @Column(name = "method_code")
    private String methodCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "method_kind")
    private MethodKind methodKind;
    @Column(name = "disposal_position")
    private Long disposalPosition;
    /** Set for a batch made by a split or consolidation (R39-R41): it was never generated, its holder made it. */
    @Column(name = "repacked_on")
    private LocalDate repackedOn;
    @Column(name = "repacked_tonnes")
    private BigDecimal repackedTonnes;
    /** The loss its repacking recorded on it (a split records it on its first part). */
    @Column(name = "repack_loss_tonnes")
    private BigDecimal repackLossTonnes;
    /** Some repacking took a share of it: the batches made from it count its mass from then on. */
    @Column(name = "gave_shares")
    private boolean gaveShares;

    protected BatchFact() {
    }

    /** A batch known so far only by an event that is not its registration. */
    BatchFact(UUID batchId) {
        this.batchId = batchId;
    }

    @Override
    public UUID getId() {
        return batchId;
    }

    boolean isRegistered() {
        return generatedOn != null;
    }

    void registered(UUID producer, String region, String code, String category, Instant at, LocalDate on,
                    BigDecimal tonnes, String unit) {
        producerId = producer;
        producerRegion = region;
        wasteCode = code;
        wasteCategory = category;
        generatedAt = at;
        generatedOn = on;
        generatedTonnes = tonnes;
        declaredUnit = unit;
        backAtProducer();
    }

    /**
     * Accepted at a receipt, unless a later receipt is known already. Accepted back at its producer, or on a return
     * manifest ({@code returned}: a repacked part goes back to the producer of its origin, not to the holder that
     * made it), it is stock again with no receiver; either way a disposal made before this receipt no longer stands.
     */
    void received(UUID receiver, String region, Instant at, LocalDate on, BigDecimal tonnes, long position,
                  boolean returned) {
        if (receiptPosition != null && position <= receiptPosition) {
            return;
        }
        receiverId = receiver;
        receiverRegion = region;
        receivedAt = at;
        receivedOn = on;
        acceptedTonnes = tonnes;
        receiptPosition = position;
        if (disposalPosition == null || disposalPosition < position) {
            methodCode = null;
            methodKind = null;
            disposedOn = null;
            disposedTonnes = null;
        }
        if (returned) {
            noReceiver();
        }
        backAtProducer();
    }

    /** Utilized or disposed of, unless a later disposal or a later receipt is known already. */
    void treated(String method, MethodKind kind, LocalDate on, BigDecimal tonnes, long position) {
        if ((disposalPosition != null && position <= disposalPosition)
                || (receiptPosition != null && position < receiptPosition)) {
            return;
        }
        methodCode = method;
        methodKind = kind;
        disposedOn = on;
        disposedTonnes = tonnes;
        disposalPosition = position;
    }

    /**
     * Made by a repacking at its holder: the holder stands where a producer would (the flows show its hop from the
     * holder on), but nothing is generated; the mass counts through the shares of its sources ({@link FactLineage}).
     */
    void repacked(UUID holder, String region, String code, String category, LocalDate on, BigDecimal tonnes,
                  BigDecimal loss, String unit) {
        producerId = holder;
        producerRegion = region;
        wasteCode = code;
        wasteCategory = category;
        repackedOn = on;
        repackedTonnes = tonnes;
        repackLossTonnes = loss;
        declaredUnit = unit;
        backAtProducer();
    }

    void gaveShares() {
        gaveShares = true;
    }

    boolean isRepacked() {
        return repackedOn != null;
    }

    /** Received by its own producer: back in storage, no receiver holds it (the receipt's position stays). */
    private void backAtProducer() {
        if (producerId != null && producerId.equals(receiverId)) {
            noReceiver();
        }
    }

    private void noReceiver() {
        receiverId = null;
        receiverRegion = null;
        receivedAt = null;
        receivedOn = null;
        acceptedTonnes = null;
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
    Long receiptPosition() { return receiptPosition; }
    Long disposalPosition() { return disposalPosition; }
    LocalDate repackedOn() { return repackedOn; }
    BigDecimal repackedTonnes() { return repackedTonnes; }
    BigDecimal repackLossTonnes() { return repackLossTonnes; }
    boolean hasGivenShares() { return gaveShares; }
}
