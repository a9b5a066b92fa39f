package cn.haztrail.oversight.alerts;

import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.persistence.AssignedIdEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One alert as regulators read it: what it is about (subject), who is involved, where (origin and destination
 * regions, for jurisdiction filters in the database), since when and until when. Updates write only the changed
 * columns, so that a handler redescribing an alert cannot undo the scheduled check closing it at the same time.
 */
@Entity
@DynamicUpdate
@Table(name = "oversight_alert")
public class AlertRecord extends AssignedIdEntity<UUID> {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private AlertType type;
    @Enumerated(EnumType.STRING)
    private AlertState state;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    /** When the alert closes by time alone (an approval's expiry); null when an event closes it. */
    @Column(name = "closes_at")
    private Instant closesAt;
    @Column(name = "manifest_id")
    private UUID manifestId;
    @Column(name = "manifest_number")
    private String manifestNumber;
    @Column(name = "batch_id")
    private UUID batchId;
    @Column(name = "label_id")
    private String labelId;
    @Column(name = "approval_id")
    private UUID approvalId;
    @Column(name = "origin_region")
    private String originRegion;
    @Column(name = "destination_region")
    private String destinationRegion;
    @Column(name = "rule_id")
    private String ruleId;
    private String detail;
    /** The global position of the event that opened it, where later steps close it (null: opened before issue 16). */
    @Column(name = "source_position")
    private Long sourcePosition;
    @ElementCollection
    @CollectionTable(name = "oversight_alert_party", joinColumns = @JoinColumn(name = "alert_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<AlertParty> parties = new ArrayList<>();

    protected AlertRecord() {
    }

    AlertRecord(UUID id, AlertType type, Instant openedAt, String ruleId, Translatable detail) {
        this.id = id;
        this.type = type;
        this.state = AlertState.OPEN;
        this.openedAt = openedAt;
        this.ruleId = ruleId;
        this.detail = AlertTexts.store(detail);
    }

    AlertRecord aboutManifest(UUID manifest, String number) {
        manifestId = manifest;
        manifestNumber = number;
        return this;
    }

    AlertRecord aboutBatch(UUID batch, String label) {
        batchId = batch;
        labelId = label;
        return this;
    }

    AlertRecord aboutApproval(UUID approval) {
        approvalId = approval;
        return this;
    }

    AlertRecord inRegions(String origin, String destination) {
        originRegion = origin;
        destinationRegion = destination;
        return this;
    }

    AlertRecord involving(AlertParty party) {
        parties.add(party);
        return this;
    }

    AlertRecord openedBy(long position) {
        sourcePosition = position;
        return this;
    }

    AlertRecord closingAt(Instant at) {
        closesAt = at;
        return this;
    }

    /** A further occurrence of the same cause while the alert stands (another refusal, another draw). */
    void redescribe(AlertRecord occurrence) {
        if (state == AlertState.OPEN) {
            ruleId = occurrence.ruleId;
            detail = occurrence.detail;
        }
    }

    void numbered(String number) {
        manifestNumber = number;
    }

    /**
     * Closed by the step that, by the events' order, closes it: a step handled earlier but stored later may have
     * closed it first (another segment ran ahead).
     */
    void closedBy(Instant at) {
        state = AlertState.CLOSED;
        closedAt = at;
    }

    /** Closing twice keeps the first closing time: a redelivered event changes nothing. */
    void close(Instant at) {
        if (state == AlertState.OPEN) {
            state = AlertState.CLOSED;
            closedAt = at;
        }
    }

    public UUID id() { return id; }
    @Override
    public UUID getId() { return id; }
    public AlertType type() { return type; }
    public AlertState state() { return state; }
    public Instant openedAt() { return openedAt; }
    public Instant closedAt() { return closedAt; }
    public Instant closesAt() { return closesAt; }
    public UUID manifestId() { return manifestId; }
    public String manifestNumber() { return manifestNumber; }
    public UUID batchId() { return batchId; }
    public String labelId() { return labelId; }
    public UUID approvalId() { return approvalId; }
    public String originRegion() { return originRegion; }
    public String destinationRegion() { return destinationRegion; }
    public String ruleId() { return ruleId; }
    Long sourcePosition() { return sourcePosition; }
    /** The detail in English. */
    public String detail() { return detailText().english(); }
    /** The detail as a message code and arguments, to give in the reader's language. */
    public Translatable detailText() { return AlertTexts.read(detail); }
    public List<AlertParty> parties() { return List.copyOf(parties); }
}
