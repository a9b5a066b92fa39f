package cn.haztrail.manifest.command;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.ExemptLine;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestTerms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The terms the steps in front of the manifest ask it for ({@link ManifestTerms}), kept from its own events: the
 * services decide from these, never from a read model that may lag behind the manifest. The manifest moves them only
 * in its event sourcing handlers.
 */
final class TermsOnRecord {

    private final ManifestDrafted drafted;
    private final List<ManifestTerms.Line> lines;
    private Instant pickedUpAt;

    TermsOnRecord(ManifestDrafted drafted) {
        this.drafted = drafted;
        Map<UUID, UUID> exemptionOf = drafted.exemptLines().stream()
                .collect(Collectors.toMap(ExemptLine::batchId, ExemptLine::exemptionId, (first, twice) -> first));
        this.lines = drafted.lines().stream().map(line -> new ManifestTerms.Line(line.batchId(), line.wasteCode(),
                exemptionOf.get(line.batchId()), tonnes(line))).toList();
    }

    ManifestKind kind() {
        return drafted.kind();
    }

    UUID receiverId() {
        return drafted.receiverId();
    }

    UUID approvalId() {
        return drafted.approvalId();
    }

    void pickedUp(Instant at) {
        pickedUpAt = at;
    }

    /** @param corrected the planned method and date as corrections left them (R20) */
    ManifestTerms answer(CorrectableTerms corrected) {
        return new ManifestTerms(drafted.manifestId(), drafted.kind(), drafted.consignorId(), drafted.originRegion(),
                drafted.receiverId(), corrected.plannedMethod(), LocalDate.parse(corrected.plannedDate()),
                drafted.approvalId(), pickedUpAt, lines);
    }

    private static BigDecimal tonnes(BatchLine line) {
        return line.quantity().hasMass() ? line.quantity().tonnes() : null;
    }
}
