package cn.haztrail.manifest.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A manifest's terms as its own events state them: what the steps in front of it (submission, pickup, receipt) need
 * to ask the receiver's licence, the approval and the exemptions. The planned method and date are as corrected (R20);
 * {@code pickedUpAt} is null before the pickup.
 */
public record ManifestTerms(UUID manifestId, ManifestKind kind, UUID consignorId, String originRegion,
                            UUID receiverId, String plannedMethod, LocalDate plannedDate, UUID approvalId,
                            Instant pickedUpAt, List<Line> lines) {

    /**
     * A declared line: {@code exemptionId} null unless sent under an exemption (R37), {@code tonnes} null when
     * declared by volume.
     */
    public record Line(UUID batchId, String wasteCode, UUID exemptionId, BigDecimal tonnes) {

        public boolean exempt() {
            return exemptionId != null;
        }
    }

    public ManifestTerms {
        lines = List.copyOf(lines);
    }

    /** The distinct waste codes of the lines, in the order declared. */
    public List<String> wasteCodes() {
        return lines.stream().map(Line::wasteCode).distinct().toList();
    }

    /** The declared tonnes of the lines declared by mass. */
    public BigDecimal declaredTonnes() {
        return lines.stream().map(Line::tonnes).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
