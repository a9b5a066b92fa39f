package cn.haztrail.console.manifest;

import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.manifest.query.ManifestView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which step of a manifest is the acting enterprise's turn, as the page offers it: the consignor submits a draft,
 * the first carrier picks up, the carrier holding the waste hands over to the next (who accepts) or, last,
 * confirms arrival, the receiver receives; a pending correction awaits the parties it names (R20). The domain still
 * decides whether the step is allowed; this only chooses the buttons and the "waiting for me" list.
 */
public enum ManifestActions {
    SUBMIT, PICKUP, HANDOVER, ARRIVAL, RECEIPT, APPROVE_CORRECTION;

    /** The page of each step by its path under /console/manifests/{id}/ (the steps' own pages). */
    public String path() {
        return switch (this) {
            case SUBMIT -> "";
            case PICKUP -> "/pickup";
            case HANDOVER -> "/handover";
            case ARRIVAL -> "/arrival";
            case RECEIPT -> "/receipt";
            case APPROVE_CORRECTION -> "#corrections";
        };
    }

    public static List<ManifestActions> of(ManifestView m, UUID enterprise) {
        List<ManifestActions> actions = new ArrayList<>();
        if (enterprise == null) {
            return actions;
        }
        List<UUID> carriers = m.carrierIds();
        boolean holds = enterprise.equals(m.custodyHolderId());
        if (m.status() == ManifestStatus.DRAFT && enterprise.equals(m.consignorId())) {
            actions.add(SUBMIT);
        }
        if (m.status() == ManifestStatus.SUBMITTED && !carriers.isEmpty() && enterprise.equals(carriers.get(0))) {
            actions.add(PICKUP);
        }
        if (m.status() == ManifestStatus.IN_TRANSIT && carriers.contains(enterprise)) {
            boolean last = enterprise.equals(carriers.get(carriers.size() - 1));
            if (enterprise.equals(m.handoverOfferedTo()) || (holds && !last)) {
                actions.add(HANDOVER);
            } else if (holds) {
                actions.add(ARRIVAL);
            }
        }
        if (m.status() == ManifestStatus.ARRIVED && enterprise.equals(m.receiverId())) {
            actions.add(RECEIPT);
        }
        if (m.corrections().stream().anyMatch(c -> "PENDING".equals(c.state())
                && c.awaitingApprovalOf().contains(enterprise.toString()))) {
            actions.add(APPROVE_CORRECTION);
        }
        return actions;
    }
}
