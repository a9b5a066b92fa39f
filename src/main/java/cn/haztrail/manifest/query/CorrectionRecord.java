package cn.haztrail.manifest.query;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A correction of a signed manifest with its field-level diff and who still has to approve it (R20). */
@Entity
@Table(name = "manifest_correction_view")
public class CorrectionRecord {

    public enum State { PENDING, APPLIED, REJECTED }

    @Id
    private UUID id;
    @Column(name = "manifest_id")
    private UUID manifestId;
    @Column(name = "proposed_by")
    private UUID proposedBy;
    private String reason;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    private String state;
    /** Comma-separated enterprise ids whose approval is still missing. */
    private String awaiting;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "manifest_correction_change", joinColumns = @JoinColumn(name = "correction_id"))
    @OrderColumn(name = "position")
    private List<Change> changes = new ArrayList<>();

    protected CorrectionRecord() {
    }

    CorrectionRecord(UUID id, UUID manifestId, UUID proposedBy, String reason, Instant proposedAt, List<Change> changes,
                     List<UUID> awaiting) {
        this.id = id;
        this.manifestId = manifestId;
        this.proposedBy = proposedBy;
        this.reason = reason;
        this.proposedAt = proposedAt;
        this.state = State.PENDING.name();
        this.changes = new ArrayList<>(changes);
        this.awaiting = String.join(",", awaiting.stream().map(UUID::toString).toList());
    }

    void approvedBy(UUID party) {
        List<String> rest = new ArrayList<>(List.of(awaiting.split(",")));
        rest.remove(party.toString());
        awaiting = String.join(",", rest);
    }

    void settled(State result) {
        state = result.name();
    }

    public UUID id() { return id; }
    public UUID manifestId() { return manifestId; }
    public UUID proposedBy() { return proposedBy; }
    public String reason() { return reason; }
    public Instant proposedAt() { return proposedAt; }
    public State state() { return State.valueOf(state); }
    public List<String> awaiting() { return awaiting.isEmpty() ? List.of() : List.of(awaiting.split(",")); }
    public List<Change> changes() { return changes; }

    /** One field's old and new value. */
    @Embeddable
    public static class Change {
        private String field;
        @Column(name = "old_value")
        private String oldValue;
        @Column(name = "new_value")
        private String newValue;

        protected Change() {
        }

        Change(String field, String oldValue, String newValue) {
            this.field = field;
            this.oldValue = oldValue;
            this.newValue = newValue;
        }

        public String field() { return field; }
        public String oldValue() { return oldValue; }
        public String newValue() { return newValue; }
    }
}
