package cn.haztrail.manifest.command;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.DraftManifest;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a draft must be (R10, R14, R18, R37) before it becomes a manifest. */
final class DraftRules {

    private DraftRules() {
    }

    static void check(DraftManifest draft) {
        if (draft.carrierIds() == null || draft.carrierIds().isEmpty()) {
            throw CommandRefused.ruleViolated("R10", "carrierIds", Translatable.of("refused.manifest.no-carrier"));
        }
        if (new HashSet<>(draft.carrierIds()).size() != draft.carrierIds().size()) {
            throw CommandRefused.ruleViolated("R10", "carrierIds",
                    Translatable.of("refused.manifest.carrier-named-once"));
        }
        if (draft.lines() == null || draft.lines().isEmpty()) {
            throw CommandRefused.ruleViolated("R10", "lines", Translatable.of("refused.manifest.no-line"));
        }
        Set<Object> batches = new HashSet<>();
        for (BatchLine line : draft.lines()) {
            if (!batches.add(line.batchId())) {
                throw CommandRefused.ruleViolated("R10", "lines",
                        Translatable.of("refused.manifest.batch-listed-twice", line.batchId()));
            }
        }
        boolean followOn = draft.kind() != ManifestKind.TRANSFER;
        if (followOn != (draft.previousManifestId() != null)) {
            throw CommandRefused.ruleViolated("R18", "previousManifestId",
                    Translatable.of("refused.manifest.previous-only-for-follow-on"));
        }
        if (draft.kind() == ManifestKind.RETURN && !draft.receiverId().equals(draft.consignorId())) {
            throw CommandRefused.ruleViolated("R18", "receiverId",
                    Translatable.of("refused.manifest.return-to-consignor"));
        }
        if (draft.kind() != ManifestKind.RETURN && draft.receiverId().equals(draft.consignorId())) {
            throw CommandRefused.ruleViolated("R10", "receiverId",
                    Translatable.of("refused.manifest.receiver-is-consignor"));
        }
        ExemptLineRules.check(draft.kind(), batches, draft.exemptLines());
        boolean crossProvince = !draft.originRegion().substring(0, 2).equals(draft.destinationRegion().substring(0, 2));
        if (crossProvince && draft.approvalId() == null) {
            throw CommandRefused.ruleViolated("R14", "approvalId", Translatable.of("refused.manifest.approval-needed"));
        }
    }

    /** The event of a draft that passed the rules, drafted at {@code draftedAt}. */
    static ManifestDrafted drafted(DraftManifest command, Instant draftedAt) {
        return new ManifestDrafted(command.manifestId(), command.kind(), command.consignorId(),
                command.originRegion(), command.receiverId(), command.destinationRegion(),
                List.copyOf(command.carrierIds()), command.vehiclePlate(), command.plannedDate(),
                List.copyOf(command.lines()), command.plannedMethod(), command.approvalId(),
                command.emergencyMeasures(), command.previousManifestId(), draftedAt, command.lateEntry(),
                command.exemptLines());
    }
}
