package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.FieldChange;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A proposed correction and the parties whose approval it still waits for (R20). */
record PendingCorrection(List<FieldChange> changes, Set<UUID> awaiting) {

    PendingCorrection {
        changes = List.copyOf(changes);
        awaiting = Set.copyOf(awaiting);
    }

    boolean awaits(UUID party) {
        return awaiting.contains(party);
    }

    boolean isLastApproval(UUID party) {
        return awaiting.size() == 1 && awaiting.contains(party);
    }

    PendingCorrection approvedBy(UUID party) {
        return new PendingCorrection(changes, awaiting.stream().filter(p -> !p.equals(party)).collect(Collectors.toSet()));
    }
}
