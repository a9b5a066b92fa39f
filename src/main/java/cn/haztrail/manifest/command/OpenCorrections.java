package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.CorrectionApproved;
import cn.haztrail.manifest.api.CorrectionProposed;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The corrections of a signed manifest still waiting for approvals, and who decides on them (R20): the consignor,
 * the carriers and the receiver. The manifest changes them only in its event sourcing handlers.
 */
final class OpenCorrections {

    private final Set<UUID> parties;
    private final Map<UUID, PendingCorrection> pending = new HashMap<>();

    private OpenCorrections(Set<UUID> parties) {
        this.parties = Set.copyOf(parties);
    }

    /** None yet, among the consignor, the carriers and the receiver of the drafted manifest. */
    static OpenCorrections among(ManifestDrafted drafted) {
        Set<UUID> parties = new HashSet<>(drafted.carrierIds());
        parties.add(drafted.consignorId());
        parties.add(drafted.receiverId());
        return new OpenCorrections(parties);
    }

    /** A correction id names one correction only. */
    void requireNew(UUID correctionId) {
        if (pending.containsKey(correctionId)) {
            throw CommandRefused.conflict("R20", "correctionId",
                    Translatable.of("refused.manifest.correction-exists", correctionId));
        }
    }

    void requireParty(UUID party, String field) {
        if (!parties.contains(party)) {
            throw CommandRefused.ruleViolated("R20", field, Translatable.of("refused.manifest.correction-by-outsider"));
        }
    }

    /** The parties besides the proposer, whose approvals a new correction waits for. */
    List<UUID> othersThan(UUID proposer) {
        return parties.stream().filter(party -> !party.equals(proposer)).sorted().toList();
    }

    /** The pending correction, if this party still has to decide on it. */
    PendingCorrection awaiting(UUID correctionId, UUID party, String field) {
        PendingCorrection correction = pending.get(correctionId);
        if (correction == null) {
            throw CommandRefused.notFound("correctionId",
                    Translatable.of("refused.manifest.unknown-correction", correctionId));
        }
        requireParty(party, field);
        if (!correction.awaits(party)) {
            throw CommandRefused.conflict("R20", field,
                    Translatable.of("refused.manifest.correction-not-awaiting-party"));
        }
        return correction;
    }

    void proposed(CorrectionProposed event) {
        pending.put(event.correctionId(),
                new PendingCorrection(event.changes(), Set.copyOf(event.awaitingApprovalOf())));
    }

    void approved(CorrectionApproved event) {
        pending.computeIfPresent(event.correctionId(), (id, correction) -> correction.approvedBy(event.approvedBy()));
    }

    /** Rejected or applied: nobody decides on it any more. */
    void closed(UUID correctionId) {
        pending.remove(correctionId);
    }
}
