package cn.haztrail.manifest.query;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.catalogue.RegionPrefix;
import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.web.PageResponse;
import cn.haztrail.shared.web.QuantityView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Manifests as the caller may see them (R21): parties see the manifests naming them, a regulator those whose
 * origin or destination lies in its jurisdiction, an administrator all. Anything else is "not found".
 */
@Service
@Transactional(readOnly = true)
public class ManifestQueries {

    private static final Pattern NUMBER = Pattern.compile("\\d{14}");

    private final ManifestRepository manifests;
    private final ManifestLineRepository lines;
    private final CorrectionRepository corrections;
    private final RegionDirectory regions;

    ManifestQueries(ManifestRepository manifests, ManifestLineRepository lines, CorrectionRepository corrections,
                    RegionDirectory regions) {
        this.manifests = manifests;
        this.lines = lines;
        this.corrections = corrections;
        this.regions = regions;
    }

    /** The manifest as stored, without access checks: for command-side services that already checked the caller. */
    public Optional<ManifestRecord> record(UUID id) {
        return manifests.findById(id);
    }

    public List<ManifestLineRecord> lines(UUID id) {
        return lines.findByManifestIdOrderByLineNo(id);
    }

    /** The lines of several manifests, in no particular order. */
    public List<ManifestLineRecord> lines(Collection<UUID> ids) {
        return lines.findByManifestIdIn(ids);
    }

    /** By id or by its 14-digit number. */
    public Optional<ManifestView> find(String idOrNumber, Caller caller) {
        return byIdOrNumber(idOrNumber).filter(manifest -> visible(manifest, caller)).map(this::view);
    }

    /** The manifest's id if the caller may read it, without building its view (its lines and corrections). */
    public Optional<UUID> readableId(String idOrNumber, Caller caller) {
        return byIdOrNumber(idOrNumber).filter(manifest -> visible(manifest, caller)).map(ManifestRecord::id);
    }

    private Optional<ManifestRecord> byIdOrNumber(String idOrNumber) {
        return NUMBER.matcher(idOrNumber).matches() ? manifests.findByNumber(idOrNumber)
                : parse(idOrNumber).flatMap(manifests::findById);
    }

    public boolean visible(ManifestRecord manifest, Caller caller) {
        if (caller.isAdmin()) {
            return true;
        }
        if (caller.isRegulator()) {
            return regions.contains(caller.jurisdiction(), manifest.originRegion())
                    || regions.contains(caller.jurisdiction(), manifest.destinationRegion());
        }
        UUID enterprise = caller.enterpriseId();
        return manifest.consignorId().equals(enterprise) || manifest.receiverId().equals(enterprise)
                || manifest.carrierIds().contains(enterprise);
    }

    /** @param party CONSIGNOR, CARRIER or RECEIVER: the capacity a party lists its manifests in (null: any) */
    public PageResponse<ManifestView> list(Caller caller, ManifestStatus status, String party, int page, int size) {
        PageRequest request = PageRequest.of(page, size);
        if (caller.isAdmin() || caller.isRegulator()) {
            String regionPrefix = caller.isRegulator() ? RegionPrefix.of(caller.jurisdiction()) : "";
            return views(manifests.inRegion(status, regionPrefix, request));
        }
        UUID enterprise = caller.enterpriseId();
        String capacity = party == null ? "" : party;
        List<ManifestRecord> content = manifests.ofParty(enterprise, capacity, status == null ? "" : status.name(),
                request);
        return views(PageableExecutionUtils.getPage(content, request, () -> status == null
                ? manifests.countOfParty(enterprise, capacity)
                : manifests.countOfParty(enterprise, capacity, status.name())));
    }

    /** The page's lines and corrections are read in one query each, not two per manifest (corrections if any). */
    private PageResponse<ManifestView> views(Page<ManifestRecord> found) {
        List<UUID> ids = found.getContent().stream().map(ManifestRecord::id).toList();
        if (ids.isEmpty()) {
            return PageResponse.of(found, this::view);
        }
        Map<UUID, List<ManifestLineRecord>> linesOf = lines.findByManifestIdIn(ids).stream()
                .sorted(Comparator.comparingInt(ManifestLineRecord::lineNo))
                .collect(Collectors.groupingBy(ManifestLineRecord::manifestId));
        List<UUID> corrected = found.getContent().stream().filter(ManifestRecord::correctionsProposed)
                .map(ManifestRecord::id).toList();
        Map<UUID, List<CorrectionRecord>> correctionsOf = corrected.isEmpty() ? Map.of()
                : corrections.findByManifestIdInOrderByProposedAt(corrected).stream()
                .collect(Collectors.groupingBy(CorrectionRecord::manifestId));
        return PageResponse.of(found, m -> view(m, linesOf.getOrDefault(m.id(), List.of()),
                correctionsOf.getOrDefault(m.id(), List.of())));
    }

    /** Corrections are read only for a manifest that has any. */
    private ManifestView view(ManifestRecord m) {
        return view(m, lines.findByManifestIdOrderByLineNo(m.id()), m.correctionsProposed()
                ? corrections.findByManifestIdOrderByProposedAt(m.id()) : List.of());
    }

    private ManifestView view(ManifestRecord m, List<ManifestLineRecord> lines, List<CorrectionRecord> corrections) {
        var lineViews = lines.stream().map(l -> new ManifestView.Line(
                l.batchId(), l.labelId(), l.wasteCode(), l.wasteName(), QuantityView.of(l.declared()),
                l.containersDeclared(), l.decision(), QuantityView.of(l.accepted()), l.methodCode(),
                l.discrepancies().isEmpty() ? List.of() : List.of(l.discrepancies().split(",")), l.exemptionId()))
                .toList();
        var correctionViews = corrections.stream().map(c ->
                new ManifestView.Correction(c.id(), c.proposedBy(), c.reason(), c.proposedAt(), c.state().name(),
                        c.awaiting(), c.changes().stream().map(ch -> new ManifestView.Change(ch.field(),
                        ch.oldValue(), ch.newValue())).toList())).toList();
        return new ManifestView(m.id(), m.number(), m.kind(), m.status(), m.consignorId(), m.originRegion(),
                m.receiverId(), m.destinationRegion(), m.carrierIds(), m.holderId(), m.offeredTo(), m.vehiclePlate(),
                m.plannedDate(), m.plannedMethod(), m.approvalId(), m.emergencyMeasures(), m.previousManifestId(),
                m.followOnManifestId(), m.draftedAt(), m.pickedUpAt(), m.arrivedAt(), m.receiptDueAt(),
                m.receiptOverdue(), m.receivedAt(), m.outcome(), m.receivedLate(), m.cancelReason(), lineViews,
                correctionViews, m.version());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
