package cn.haztrail.oversight.alerts;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "An alert for regulators: what is overdue or odd, about what, involving whom, where")
public record AlertView(
        UUID id,
        @Schema(example = "DISCREPANCY") AlertType type,
        @Schema(example = "OPEN") AlertState state,
        @Schema(description = "When the cause arose in the world (business time of the causing event; for a long "
                + "transit or a near expiry, when the limit was reached); the list's from/to filter on it",
                example = "2026-11-20T02:30:00Z")
        Instant openedAt,
        @Schema(description = "When the cause was resolved in the world (business time); absent while open. A "
                + "cause entered after it had ended gives an alert closed from the start", nullable = true)
        Instant closedAt,
        Subject subject,
        @Schema(description = "The enterprises involved") List<Party> enterprises,
        @Schema(description = "Origin region (of the manifest, the producer or the approval's consignor)",
                example = "360203") String originRegion,
        @Schema(description = "Destination region; absent for a batch in storage", nullable = true,
                example = "360222") String destinationRegion,
        @Schema(description = "The rule of the rules reference (api-docs/rules.md); absent for a long transit",
                nullable = true, example = "R17")
        String ruleId,
        @Schema(example = "Discrepancy at receipt: [QUANTITY]; declared 1000.000 kg in 5 containers, accepted "
                + "900.000 kg in 5 containers") String detail) {

    @Schema(description = "What the alert is about; only the ids that apply are present")
    public record Subject(@Schema(nullable = true) UUID manifestId,
                          @Schema(nullable = true, example = "20263602000042") String manifestNumber,
                          @Schema(nullable = true) UUID batchId,
                          @Schema(nullable = true, example = "91360200MA35G8XK2H9002490820261120001")
                          String labelId,
                          @Schema(nullable = true) UUID approvalId) {
    }

    @Schema(description = "An enterprise involved and the part it plays")
    public record Party(UUID id, @Schema(example = "景德镇市昌南化工有限公司") String name,
                        @Schema(example = "CONSIGNOR", allowableValues = {"CONSIGNOR", "CARRIER", "RECEIVER",
                                "PRODUCER"}) String role) {
    }

    /** @param detail the alert's detail in the reader's language */
    static AlertView of(AlertRecord a, String detail) {
        return new AlertView(a.id(), a.type(), a.state(), a.openedAt(), a.closedAt(),
                new Subject(a.manifestId(), a.manifestNumber(), a.batchId(), a.labelId(), a.approvalId()),
                a.parties().stream().map(p -> new Party(p.enterpriseId(), p.name(), p.role())).toList(),
                a.originRegion(), a.destinationRegion(), a.ruleId(), detail);
    }
}
