package cn.haztrail.report.query;

import cn.haztrail.shared.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The latest version of an annual report, with its figures as submitted (JSON); its history is the event stream. */
@Entity
@Table(name = "annual_report_view")
class AnnualReportRecord extends AssignedIdEntity<UUID> {

    @Id
    @Column(name = "report_id")
    private UUID reportId;
    @Column(name = "holder_id")
    private UUID holderId;
    @Column(name = "holder_name")
    private String holderName;
    @Column(name = "holder_region")
    private String holderRegion;
    @Column(name = "report_year")
    private int year;
    private String status;
    @Column(name = "report_version")
    private int version;
    private String figures;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "due_on")
    private LocalDate dueOn;
    private boolean late;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "returned_at")
    private Instant returnedAt;
    @Column(name = "return_reasons")
    private String returnReasons;
    @Column(name = "stream_version")
    private long streamVersion;

    protected AnnualReportRecord() {
    }

    AnnualReportRecord(UUID reportId, UUID holderId, String holderName, String holderRegion, int year) {
        this.reportId = reportId;
        this.holderId = holderId;
        this.holderName = holderName;
        this.holderRegion = holderRegion;
        this.year = year;
    }

    @Override
    public UUID getId() {
        return reportId;
    }

    void submitted(int newVersion, String figuresJson, Instant at, LocalDate due, boolean isLate, long stream) {
        status = "SUBMITTED";
        version = newVersion;
        figures = figuresJson;
        submittedAt = at;
        dueOn = due;
        late = isLate;
        acknowledgedAt = null;
        returnedAt = null;
        returnReasons = null;
        streamVersion = stream;
    }

    void acknowledged(Instant at, long stream) {
        status = "ACKNOWLEDGED";
        acknowledgedAt = at;
        streamVersion = stream;
    }

    /** @param reasons one per line */
    void returned(String reasons, Instant at, long stream) {
        status = "RETURNED";
        returnReasons = reasons;
        returnedAt = at;
        streamVersion = stream;
    }

    UUID reportId() { return reportId; }
    UUID holderId() { return holderId; }
    String holderName() { return holderName; }
    String holderRegion() { return holderRegion; }
    int year() { return year; }
    String status() { return status; }
    int version() { return version; }
    String figures() { return figures; }
    Instant submittedAt() { return submittedAt; }
    LocalDate dueOn() { return dueOn; }
    boolean late() { return late; }
    Instant acknowledgedAt() { return acknowledgedAt; }
    Instant returnedAt() { return returnedAt; }
    String returnReasons() { return returnReasons; }
    long streamVersion() { return streamVersion; }
}
