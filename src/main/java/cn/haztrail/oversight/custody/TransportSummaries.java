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
            return Optional.of(EventSummary.of("Signed and submitted; number " + e.number() + " assigned (联单提交)"));
        }
        if (payload instanceof ManifestCancelled e) {
            return Optional.of(EventSummary.of("Cancelled before pickup: " + e.reason() + " (联单作废)"));
        }
        if (payload instanceof LoadingRefused e) {
            String reason = "labels missing: " + labels(e.missingLabelIds()) + "; not on the manifest: "
                    + labels(e.unexpectedLabelIds());
            return Optional.of(EventSummary.of("Loading refused by " + names.of(e.carrierId()) + ", " + reason
                    + " (拒绝装车)").refusal("R13", reason));
        }
        if (payload instanceof ManifestPickedUp e) {
            return Optional.of(EventSummary.of("Picked up by " + names.of(e.carrierId()) + " with "
                    + e.vehiclePlate() + " (装车)"));
        }
        if (payload instanceof HandoverOffered e) {
            return Optional.of(EventSummary.of("Handover offered by " + names.of(e.fromCarrierId()) + " to "
                    + names.of(e.toCarrierId()) + " (交接)"));
        }
        if (payload instanceof HandoverCompleted e) {
            return Optional.of(EventSummary.of("Taken over by " + names.of(e.toCarrierId()) + " from "
                    + names.of(e.fromCarrierId()) + " with " + e.vehiclePlate() + " (交接)"));
        }
        if (payload instanceof ManifestArrived e) {
            return Optional.of(EventSummary.of("Arrival confirmed by " + names.of(e.carrierId())
                    + "; receipt due by " + e.receiptDueAt() + " (运抵)"));
        }
        if (payload instanceof RefusalRecorded e) {
            return Optional.of(EventSummary.of("Step " + e.step() + " refused under " + e.rule() + ": " + e.reason()
                    + " (拒绝)").refusal(e.rule(), e.reason()));
        }
        return Optional.empty();
    }

    private static EventSummary drafted(ManifestDrafted e, EnterpriseNames names) {
        String text = "Drafted by " + names.of(e.consignorId()) + " (" + e.kind() + "): " + e.lines().size()
                + " line(s) to " + names.of(e.receiverId()) + ", carried by "
                + Texts.names(e.carrierIds(), names, " → ") + " with " + e.vehiclePlate() + ", planned "
                + e.plannedDate() + ", method " + e.plannedMethod()
                + (e.previousManifestId() == null ? "" : ", following manifest " + e.previousManifestId())
                + " (联单填报)";
        return EventSummary.of(text).declared(Totals.sum(e.lines().stream().map(BatchLine::quantity).toList()));
    }
}
