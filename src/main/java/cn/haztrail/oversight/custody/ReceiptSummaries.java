package cn.haztrail.oversight.custody;

import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.FollowOnLinked;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ReceiptOverdue;

import java.util.List;
import java.util.Optional;

import static cn.haztrail.oversight.custody.Texts.quantity;

/** The receiver's side: discrepancies, the receipt with its decision per line, overdue receipts, follow-ons. */
final class ReceiptSummaries implements SummaryFamily {

    @Override
    public Optional<EventSummary> summarize(Object payload, EnterpriseNames names) {
        if (payload instanceof DiscrepancyRecorded e) {
            return Optional.of(EventSummary.of("Discrepancy on batch " + e.batchId() + ": " + e.kinds()
                    + "; declared " + quantity(e.declaredQuantity()) + " in " + e.containersDeclared()
                    + " container(s), received " + e.containersReceived() + " container(s), "
                    + (e.acceptedQuantity() == null ? "none accepted" : quantity(e.acceptedQuantity()) + " accepted")
                    + (e.note() == null ? "" : "; " + e.note()) + " (差异)")
                    .declared(e.declaredQuantity()).accepted(e.acceptedQuantity()).discrepancies(e.kinds()));
        }
        if (payload instanceof ManifestReceived e) {
            return Optional.of(received(e, names));
        }
        if (payload instanceof ReceiptOverdue e) {
            return Optional.of(EventSummary.of("Receipt not confirmed by " + names.of(e.receiverId()) + " by "
                    + e.receiptDueAt() + " (接收超期, R16)"));
        }
        if (payload instanceof FollowOnLinked e) {
            String whither = e.kind() == ManifestKind.RETURN ? "goes back to its consignor"
                    : "goes on to another receiver";
            return Optional.of(EventSummary.of("Rejected waste " + whither + " on " + e.kind() + " manifest "
                    + e.followOnManifestId() + " (后续联单)"));
        }
        return Optional.empty();
    }

    private static EventSummary received(ManifestReceived e, EnterpriseNames names) {
        String text = "Received by " + names.of(e.receiverId()) + ": " + e.outcome() + ", "
                + count(e, LineDecision.ACCEPT) + " accepted, " + count(e, LineDecision.PARTIAL) + " in part, "
                + count(e, LineDecision.REJECT) + " rejected" + (e.late() ? ", late" : "") + " (接收)";
        List<DiscrepancyKind> kinds = e.lines().stream().flatMap(line -> line.discrepancies().stream()).distinct()
                .sorted().toList();
        EventSummary summary = EventSummary.of(text).discrepancies(kinds)
                .accepted(Totals.sum(e.lines().stream().filter(line -> line.decision() != LineDecision.REJECT)
                        .map(LineOutcome::acceptedQuantity).toList()));
        List<String> rejected = e.lines().stream().filter(line -> line.decision() == LineDecision.REJECT)
                .map(line -> line.batchId() + (line.note() == null ? "" : ": " + line.note())).toList();
        return rejected.isEmpty() ? summary : summary.refusal("R18", "rejected " + String.join("; ", rejected));
    }

    private static long count(ManifestReceived e, LineDecision decision) {
        return e.lines().stream().filter(line -> line.decision() == decision).count();
    }
}
