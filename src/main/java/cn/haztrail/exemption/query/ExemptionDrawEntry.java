package cn.haztrail.exemption.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** One draw, overrun or refused draw on an exemption, at its place in the exemption's stream. */
@Entity
@Table(name = "exemption_draw_view")
public class ExemptionDrawEntry {

    @Id
    private UUID id;
    @Column(name = "exemption_id")
    private UUID exemptionId;
    private long seq;
    @Enumerated(EnumType.STRING)
    private ExemptionDrawKind kind;
    @Column(name = "manifest_id")
    private UUID manifestId;
    private BigDecimal tonnes;
    private String rule;
    private String reason;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ExemptionDrawEntry() {
    }

    ExemptionDrawEntry(UUID exemptionId, long seq, ExemptionDrawKind kind, UUID manifestId, BigDecimal tonnes,
                       String rule, String reason, Instant recordedAt) {
        this.id = idOf(exemptionId, seq);
        this.exemptionId = exemptionId;
        this.seq = seq;
        this.kind = kind;
        this.manifestId = manifestId;
        this.tonnes = tonnes;
        this.rule = rule;
        this.reason = reason;
        this.recordedAt = recordedAt;
    }

    /** The same id for the same event, so that a redelivered event finds its row. */
    static UUID idOf(UUID exemptionId, long seq) {
        return UUID.nameUUIDFromBytes((exemptionId + "/" + seq).getBytes(StandardCharsets.UTF_8));
    }

    ExemptionDrawView view() {
        return new ExemptionDrawView(kind, manifestId, tonnes, rule, reason, recordedAt);
    }
}
