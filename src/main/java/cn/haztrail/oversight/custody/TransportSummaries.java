package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.HandoverCompleted;
import cn.haztrail.manifest.api.HandoverOffered;
import cn.haztrail.manifest.api.LoadingRefused;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.manifest.api.RefusalRecorded;
import cn.haztrail.shared.i18n.Translatable;

import java.util.Optional;

import static cn.haztrail.oversight.custody.Texts.labels;

/** The manifest's way from draft to arrival: drafting, submission, cancellation, loading, handovers, refusals. */
final class TransportSummaries implements SummaryFamily {

    @Override
    public Optional<EventSummary> summarize(Object payload, EnterpriseNames names) {
        if (payload instanceof ManifestDrafted e) {
            return Optional.of(drafted(e, names));
        }
        if (payload instanceof ManifestSubmitted e) {
            return Optional.of(EventSummary.of("custody.manifest-submitted", e.number()));
        }
        if (payload instanceof ManifestCancelled e) {
            return Optional.of(EventSummary.of("custody.manifest-cancelled", e.reason()));
        }
        if (payload instanceof LoadingRefused e) {
            Translatable reason = Translatable.of("custody.loading-refused-reason", labels(e.missingLabelIds()),
                    labels(e.unexpectedLabelIds()));
            return Optional.of(EventSummary.of("custody.loading-refused", names.of(e.carrierId()), reason)
                    .refusal("R13", reason));
        }
        if (payload instanceof ManifestPickedUp e) {
            return Optional.of(EventSummary.of("custody.manifest-picked-up", names.of(e.carrierId()),
                    e.vehiclePlate()));
        }
        if (payload instanceof HandoverOffered e) {
            return Optional.of(EventSummary.of("custody.handover-offered", names.of(e.fromCarrierId()),
                    names.of(e.toCarrierId())));
        }
        if (payload instanceof HandoverCompleted e) {
            return Optional.of(EventSummary.of("custody.handover-completed", names.of(e.toCarrierId()),
                    names.of(e.fromCarrierId()), e.vehiclePlate()));
        }
        if (payload instanceof ManifestArrived e) {
            return Optional.of(EventSummary.of("custody.manifest-arrived", names.of(e.carrierId()), e.receiptDueAt()));
        }
        if (payload instanceof RefusalRecorded e) {
            Translatable reason = Translatable.recorded(e.reasonCode(), e.reasonArguments(), e.reason());
            return Optional.of(EventSummary.of("custody.refusal-recorded", e.step(), e.rule(), reason)
                    .refusal(e.rule(), reason));
        }
        return Optional.empty();
    }

    private static EventSummary drafted(ManifestDrafted e, EnterpriseNames names) {
        return EventSummary.of(e.previousManifestId() == null ? "custody.manifest-drafted"
                        : "custody.manifest-drafted-follow-on", names.of(e.consignorId()), e.kind(), e.lines().size(),
                        names.of(e.receiverId()), Texts.names(e.carrierIds(), names, " → "), e.vehiclePlate(),
                        e.plannedDate(), e.plannedMethod(), e.previousManifestId())
                .declared(Totals.sum(e.lines().stream().map(BatchLine::quantity).toList()));
    }
}
