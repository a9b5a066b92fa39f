package cn.haztrail.batch.query;

import cn.haztrail.shared.persistence.AssignedIdEntity;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import cn.haztrail.shared.persistence.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Read model of a batch as it stands now; its history is the event stream. Changed only by {@link BatchProjection}. */
@Entity
@Table(name = "batch_view")
public class BatchRecord extends AssignedIdEntity<UUID> {

    @Id
    private UUID id;
    @Column(name = "producer_id")
    private UUID producerId;
    @Column(name = "producer_region")
    private String producerRegion;
    @Column(name = "label_id")
    private String labelId;
    private String edition;
    @Column(name = "waste_code")
    private String wasteCode;
    @Column(name = "waste_name")
    private String wasteName;
    @Column(name = "quantity_value")
    private BigDecimal quantityValue;
    @Column(name = "quantity_unit")
    private String quantityUnit;
    @Enumerated(EnumType.STRING)
    @Column(name = "physical_form")
    private PhysicalForm physicalForm;
    @Enumerated(EnumType.STRING)
    @Column(name = "packaging_type")
    private PackagingType packagingType;
    @Column(name = "packaging_count")
    private int packagingCount;
    @Convert(converter = StringListConverter.class)
    private List<String> hazards;
    @Column(name = "main_components")
    private String mainComponents;
    @Column(name = "generated_at")
    private Instant generatedAt;
    @Column(name = "storage_location")
    private String storageLocation;
    @Column(name = "storage_limit_at")
    private Instant storageLimitAt;
    @Column(name = "storage_overdue")
    private boolean storageOverdue;
    @Enumerated(EnumType.STRING)
    private BatchStatus status;
    @Column(name = "manifest_id")
    private UUID manifestId;
    /** The manifest that rejected the batch, until a follow-on manifest picks it up. */
    @Column(name = "rejected_manifest_id")
    private UUID rejectedManifestId;
    @Column(name = "custody_holder_id")
    private UUID custodyHolderId;
    @Column(name = "carrier_id")
    private UUID carrierId;
    @Column(name = "receiver_id")
    private UUID receiverId;
    @Column(name = "receiver_region")
    private String receiverRegion;
    @Column(name = "accepted_value")
    private BigDecimal acceptedValue;
    @Column(name = "accepted_unit")
    private String acceptedUnit;
    private boolean discrepancy;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "disposal_method")
    private String disposalMethod;
    @Column(name = "disposal_value")
    private BigDecimal disposalValue;
    @Column(name = "disposal_unit")
    private String disposalUnit;
    @Column(name = "disposed_on")
    private LocalDate disposedOn;
    /** A partial receipt: the receiver holds the part it did not accept too (R39). */
    @Column(name = "partly_accepted")
    private boolean partlyAccepted;
    /** After shares were taken into new batches (R39): what the holder still holds; null while none was taken. */
    @Column(name = "remaining_value")
    private BigDecimal remainingValue;
    @Column(name = "remaining_unit")
    private String remainingUnit;
    /** A repacking made it or took a share of it (R39-R41): only then has it a lineage to read. */
    @Column(name = "in_lineage")
    private boolean inLineage;
    private long version;
    @Column(name = "last_event_at")
    private Instant lastEventAt;

    protected BatchRecord() {
    }

    BatchRecord(UUID id, UUID producerId, String producerRegion, String labelId, String edition, String wasteCode,
                String wasteName, Quantity quantity, PhysicalForm physicalForm, PackagingType packagingType,
                int packagingCount, List<String> hazards, String mainComponents, Instant generatedAt,
                String storageLocation, Instant storageLimitAt) {
        this.id = id;
        this.producerId = producerId;
        this.producerRegion = producerRegion;
        this.labelId = labelId;
        this.edition = edition;
        this.wasteCode = wasteCode;
        this.wasteName = wasteName;
        setQuantity(quantity);
        this.physicalForm = physicalForm;
        this.packagingType = packagingType;
        this.packagingCount = packagingCount;
        this.hazards = hazards;
        this.mainComponents = mainComponents;
        this.generatedAt = generatedAt;
        this.storageLocation = storageLocation;
        this.storageLimitAt = storageLimitAt;
        this.status = BatchStatus.IN_STORAGE;
        this.custodyHolderId = producerId;
    }

    /**
     * Every event of the batch's own stream moves the version (the ETag), never backwards, whatever order the events
     * are handled in; every event that changes the batch, its manifests' included, moves the time of the last change.
     */
    void advance(long newVersion, Instant at) {
        this.version = Math.max(version, newVersion);
        touch(at);
    }

    void touch(Instant at) {
        if (lastEventAt == null || at.isAfter(lastEventAt)) {
            this.lastEventAt = at;
        }
    }

    void allocate(UUID manifest) {
        moveTo(BatchStatus.ALLOCATED);
        this.manifestId = manifest;
    }

    /** Off a cancelled manifest: back in storage, or back to waiting at the receiver that rejected it. */
    void release() {
        moveTo(rejectedManifestId == null ? BatchStatus.IN_STORAGE : BatchStatus.REJECTED);
        this.manifestId = rejectedManifestId;
    }

    void pickUp(UUID carrier) {
        this.rejectedManifestId = null;
        moveTo(BatchStatus.IN_TRANSIT);
        this.carrierId = carrier;
        this.custodyHolderId = carrier;
    }

    void deliver(UUID receiver, String region) {
        moveTo(BatchStatus.ARRIVED);
        this.receiverId = receiver;
        this.receiverRegion = region;
        this.custodyHolderId = receiver;
    }

    void receive(Quantity accepted, boolean withDiscrepancy, Instant at) {
        moveTo(BatchStatus.RECEIVED);
        this.acceptedValue = accepted.value();
        this.acceptedUnit = accepted.unit().name();
        this.discrepancy = withDiscrepancy;
        this.receivedAt = at;
    }

    void partlyAccept() {
        this.partlyAccepted = true;
    }

    /** Made from shares of other batches (R39-R41). */
    void madeFromShares() {
        this.inLineage = true;
    }

    /**
     * A share taken into a new batch (R39): from what the holder holds (accepted plus, after a partial receipt, the
     * part not accepted; or the quantity in storage); taken in full, the batch is closed as REPACKED (R08).
     */
    void shareOut(Quantity share) {
        this.inLineage = true;
        Quantity held = remainingQuantity() != null ? remainingQuantity()
                : HeldBeforeShares.of(status, quantity(), acceptedQuantity(), partlyAccepted);
        if (held == null || !held.hasMass() || !share.hasMass()) {
            return;
        }
        BigDecimal left = held.tonnes().subtract(share.tonnes()).max(BigDecimal.ZERO);
        BigDecimal value = (held.unit() == QuantityUnit.KG ? left.movePointRight(3) : left).stripTrailingZeros();
        this.remainingValue = value.scale() < 0 ? value.setScale(0) : value;
        this.remainingUnit = held.unit().name();
        if (left.signum() == 0) {
            moveTo(BatchStatus.REPACKED);
        }
    }

    /** Back in storage at the consignor that took it back (R18): its producer, or the one a part was split off for. */
    void returnToStorage(Quantity weighed, UUID holder) {
        moveTo(BatchStatus.IN_STORAGE);
        setQuantity(weighed);
        this.manifestId = null;
        this.custodyHolderId = holder == null ? producerId : holder;
        this.remainingValue = null;
        this.remainingUnit = null;
    }

    void reject() {
        moveTo(BatchStatus.REJECTED);
        this.rejectedManifestId = manifestId;
    }

    /** A disposed batch stays closed (R08), even if its disposal is handled before the receipt that preceded it. */
    private void moveTo(BatchStatus next) {
        if (status != BatchStatus.DISPOSED) {
            this.status = next;
        }
    }

    void overdue() {
        this.storageOverdue = true;
    }

    void dispose(String method, Quantity quantity, LocalDate on) {
        this.status = BatchStatus.DISPOSED;
        this.disposalMethod = method;
        this.disposalValue = quantity.value();
        this.disposalUnit = quantity.unit().name();
        this.disposedOn = on;
    }

    private void setQuantity(Quantity quantity) {
        this.quantityValue = quantity.value();
        this.quantityUnit = quantity.unit().name();
    }

    private static Quantity quantity(BigDecimal value, String unit) {
        return value == null ? null : new Quantity(value, QuantityUnit.valueOf(unit));
    }

    public UUID id() { return id; }
    public UUID producerId() { return producerId; }
    public String producerRegion() { return producerRegion; }
    public String labelId() { return labelId; }
    public String edition() { return edition; }
    public String wasteCode() { return wasteCode; }
    public String wasteName() { return wasteName; }
    public Quantity quantity() { return quantity(quantityValue, quantityUnit); }
    public PhysicalForm physicalForm() { return physicalForm; }
    public PackagingType packagingType() { return packagingType; }
    public int packagingCount() { return packagingCount; }
    public List<String> hazards() { return hazards; }
    public String mainComponents() { return mainComponents; }
    public Instant generatedAt() { return generatedAt; }
    public String storageLocation() { return storageLocation; }
    public Instant storageLimitAt() { return storageLimitAt; }
    public boolean storageOverdue() { return storageOverdue; }
    public BatchStatus status() { return status; }
    public UUID manifestId() { return manifestId; }
    boolean inLineage() { return inLineage; }
    public UUID rejectedManifestId() { return rejectedManifestId; }
    public UUID custodyHolderId() { return custodyHolderId; }
    public UUID carrierId() { return carrierId; }
    public UUID receiverId() { return receiverId; }
    public String receiverRegion() { return receiverRegion; }
    public Quantity acceptedQuantity() { return quantity(acceptedValue, acceptedUnit); }
    public boolean discrepancy() { return discrepancy; }
    public Instant receivedAt() { return receivedAt; }
    public String disposalMethod() { return disposalMethod; }
    public Quantity disposalQuantity() { return quantity(disposalValue, disposalUnit); }
    public LocalDate disposedOn() { return disposedOn; }
    public Quantity remainingQuantity() { return quantity(remainingValue, remainingUnit); }
    public long version() { return version; }
    public Instant lastEventAt() { return lastEventAt; }

    @Override
    public UUID getId() {
        return id;
    }
}
