package cn.haztrail.oversight.custody;

import cn.haztrail.manifest.api.CorrectionApplied;
import cn.haztrail.manifest.api.CorrectionApproved;
import cn.haztrail.manifest.api.CorrectionProposed;
import cn.haztrail.manifest.api.CorrectionRejected;
import cn.haztrail.manifest.api.FieldChange;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Corrections of a signed manifest (R20): proposed, approved or rejected by each other party, applied. */
final class CorrectionSummaries implements SummaryFamily {

    @Override
    public Optional<EventSummary> summarize(Object payload, EnterpriseNames names) {
        if (payload instanceof CorrectionProposed e) {
            return Optional.of(EventSummary.of("custody.correction-proposed", names.of(e.proposedBy()),
                    changes(e.changes()), e.reason(), Texts.names(e.awaitingApprovalOf(), names, ", ")));
        }
        if (payload instanceof CorrectionApproved e) {
            return Optional.of(EventSummary.of("custody.correction-approved", e.correctionId(),
                    names.of(e.approvedBy())));
        }
        if (payload instanceof CorrectionRejected e) {
            return Optional.of(EventSummary.of("custody.correction-rejected", e.correctionId(),
                    names.of(e.rejectedBy()), e.reason()).refusal("R20", e.reason()));
        }
        if (payload instanceof CorrectionApplied e) {
            return Optional.of(EventSummary.of("custody.correction-applied", changes(e.changes())));
        }
        return Optional.empty();
    }

    private static String changes(List<FieldChange> changes) {
        return changes.stream().map(c -> c.field() + " " + c.oldValue() + " → " + c.newValue())
                .collect(Collectors.joining(", "));
    }
}
