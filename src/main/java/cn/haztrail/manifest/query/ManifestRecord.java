package cn.haztrail.manifest.query;

import cn.haztrail.shared.persistence.AssignedIdEntity;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.manifest.api.ReceiptOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Read model of a manifest: its parties, custody, clocks and outcome (lines and corrections are rows of their own). */
@Entity
@Table(name = "manifest_view")
public class ManifestRecord extends AssignedIdEntity<UUID> {

    @Id
    private UUID id;
    private String number;
    @Enumerated(EnumType.STRING)
    private ManifestKind kind;
    @Enumerated(EnumType.STRING)
    private ManifestStatus status;
    @Column(name = "consignor_id")
    private UUID consignorId;
    @Column(name = "origin_region")
    private String originRegion;
    @Column(name = "receiver_id")
    private UUID receiverId;
    @Column(name = "destination_region")
    private String destinationRegion;
    /** Comma-separated, in order; a carrier's list filters with LIKE. */
    @Column(name = "carrier_ids")
    private String carrierIds;
    @Column(name = "holder_id")
    private UUID holderId;
    @Column(name = "offered_to")
    private UUID offeredTo;
    @Column(name = "vehicle_plate")
    private String vehiclePlate;
    @Column(name = "planned_date")
    private LocalDate plannedDate;
    @Column(name = "planned_method")
    private String plannedMethod;
    @Column(name = "approval_id")
    private UUID approvalId;
    @Column(name = "emergency_measures")
    private String emergencyMeasures;
    @Column(name = "previous_manifest_id")
    private UUID previousManifestId;
    @Column(name = "follow_on_manifest_id")
    private UUID followOnManifestId;
    @Column(name = "drafted_at")
    private Instant draftedAt;
    @Column(name = "picked_up_at")
    private Instant pickedUpAt;
    @Column(name = "arrived_at")
    private Instant arrivedAt;
    @Column(name = "receipt_due_at")
    private Instant receiptDueAt;
    @Column(name = "receipt_overdue")
    private boolean receiptOverdue;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Enumerated(EnumType.STRING)
    private ReceiptOutcome outcome;
    @Column(name = "received_late")
    private boolean receivedLate;
    @Column(name = "cancel_reason")
    private String cancelReason;
    /** So that a manifest's view asks for corrections only when there are any. */
    @Column(name = "corrections_proposed")
    private boolean correctionsProposed;
    private long version;

    protected ManifestRecord() {
    }

    ManifestRecord(UUID id, ManifestKind kind, UUID consignorId, String originRegion, UUID receiverId,
                   String destinationRegion, List<UUID> carrierIds, String vehiclePlate, LocalDate plannedDate,
                   String plannedMethod, UUID approvalId, String emergencyMeasures, UUID previousManifestId,
                   Instant draftedAt, long version) {
        this.id = id;
        this.kind = kind;
        this.status = ManifestStatus.DRAFT;
        this.consignorId = consignorId;
        this.originRegion = originRegion;
        this.receiverId = receiverId;
        this.destinationRegion = destinationRegion;
        this.carrierIds = String.join(",", carrierIds.stream().map(UUID::toString).toList());
        this.holderId = consignorId;
        this.vehiclePlate = vehiclePlate;
        this.plannedDate = plannedDate;
        this.plannedMethod = plannedMethod;
        this.approvalId = approvalId;
        this.emergencyMeasures = emergencyMeasures;
        this.previousManifestId = previousManifestId;
        this.draftedAt = draftedAt;
        this.version = version;
    }

    void submitted(String assignedNumber) {
        number = assignedNumber;
        status = ManifestStatus.SUBMITTED;
    }

    void cancelled(String reason) {
        status = ManifestStatus.CANCELLED;
        cancelReason = reason;
    }

    void pickedUp(UUID carrierId, Instant at) {
        status = ManifestStatus.IN_TRANSIT;
        holderId = carrierId;
        pickedUpAt = at;
    }

    void offered(UUID carrierId) {
        offeredTo = carrierId;
    }

    void handedOver(UUID carrierId, String plate) {
        holderId = carrierId;
        offeredTo = null;
        vehiclePlate = plate;
    }

    void arrived(Instant at, Instant due) {
        status = ManifestStatus.ARRIVED;
        arrivedAt = at;
        receiptDueAt = due;
    }

    void overdue() {
        receiptOverdue = true;
    }

    void received(ReceiptOutcome result, Instant at, boolean late) {
        status = ManifestStatus.RECEIVED;
        holderId = receiverId;
        outcome = result;
        receivedAt = at;
        receivedLate = late;
        receiptOverdue = false;
    }

    void followedBy(UUID manifestId) {
        followOnManifestId = manifestId;
    }

    void correctionProposed() {
        correctionsProposed = true;
    }

    void corrected(String field, String value) {
        switch (field) {
            case "plannedDate" -> plannedDate = LocalDate.parse(value);
            case "vehiclePlate" -> vehiclePlate = value;
            case "plannedMethod" -> plannedMethod = value;
            case "emergencyMeasures" -> emergencyMeasures = value;
            default -> throw new IllegalArgumentException("not a correctable field: " + field);
        }
    }

    void advanceTo(long newVersion) {
        version = newVersion;
    }

    public UUID id() { return id; }
    public String number() { return number; }
    public ManifestKind kind() { return kind; }
    public ManifestStatus status() { return status; }
    public UUID consignorId() { return consignorId; }
    public String originRegion() { return originRegion; }
    public UUID receiverId() { return receiverId; }
    public String destinationRegion() { return destinationRegion; }
    public List<UUID> carrierIds() { return Arrays.stream(carrierIds.split(",")).map(UUID::fromString).toList(); }
    public UUID holderId() { return holderId; }
    public UUID offeredTo() { return offeredTo; }
    public String vehiclePlate() { return vehiclePlate; }
    public LocalDate plannedDate() { return plannedDate; }
    public String plannedMethod() { return plannedMethod; }
    public UUID approvalId() { return approvalId; }
    public String emergencyMeasures() { return emergencyMeasures; }
    public UUID previousManifestId() { return previousManifestId; }
    public UUID followOnManifestId() { return followOnManifestId; }
    public Instant draftedAt() { return draftedAt; }
    public Instant pickedUpAt() { return pickedUpAt; }
    public Instant arrivedAt() { return arrivedAt; }
    public Instant receiptDueAt() { return receiptDueAt; }
    public boolean receiptOverdue() { return receiptOverdue; }
    public Instant receivedAt() { return receivedAt; }
    public ReceiptOutcome outcome() { return outcome; }
    public boolean receivedLate() { return receivedLate; }
    public String cancelReason() { return cancelReason; }
    public boolean correctionsProposed() { return correctionsProposed; }
    public long version() { return version; }

    @Override
    public UUID getId() {
        return id;
    }
}
