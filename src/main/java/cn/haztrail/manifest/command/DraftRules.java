package cn.haztrail.manifest.command;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.DraftManifest;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.shared.domain.CommandRefused;

import java.util.HashSet;
import java.util.Set;

/** What a draft must be (R10, R14, R18) before it becomes a manifest. */
final class DraftRules {

    private DraftRules() {
    }

    static void check(DraftManifest draft) {
        if (draft.carrierIds() == null || draft.carrierIds().isEmpty()) {
            throw CommandRefused.ruleViolated("R10", "carrierIds", "a manifest names at least one carrier");
        }
        if (new HashSet<>(draft.carrierIds()).size() != draft.carrierIds().size()) {
            throw CommandRefused.ruleViolated("R10", "carrierIds", "a carrier is named once");
        }
        if (draft.lines() == null || draft.lines().isEmpty()) {
            throw CommandRefused.ruleViolated("R10", "lines", "a manifest has at least one line");
        }
        Set<Object> batches = new HashSet<>();
        for (BatchLine line : draft.lines()) {
            if (!batches.add(line.batchId())) {
                throw CommandRefused.ruleViolated("R10", "lines", "batch " + line.batchId() + " is listed twice");
            }
        }
        boolean followOn = draft.kind() != ManifestKind.TRANSFER;
        if (followOn != (draft.previousManifestId() != null)) {
            throw CommandRefused.ruleViolated("R18", "previousManifestId",
                    "a return or redirect manifest names the manifest that rejected the waste, a transfer none");
        }
        if (draft.kind() == ManifestKind.RETURN && !draft.receiverId().equals(draft.consignorId())) {
            throw CommandRefused.ruleViolated("R18", "receiverId", "a return manifest goes back to the consignor");
        }
        if (draft.kind() != ManifestKind.RETURN && draft.receiverId().equals(draft.consignorId())) {
            throw CommandRefused.ruleViolated("R10", "receiverId", "the receiver is another enterprise");
        }
        boolean crossProvince = !draft.originRegion().substring(0, 2).equals(draft.destinationRegion().substring(0, 2));
        if (crossProvince && draft.approvalId() == null) {
            throw CommandRefused.ruleViolated("R14", "approvalId",
                    "a transfer across provinces needs a cross-province transfer approval");
        }
    }
}
