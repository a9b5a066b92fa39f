package cn.haztrail.oversight.custody;

import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.FollowOnLinked;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ReceiptOverdue;
import cn.haztrail.shared.i18n.Translatable;

import java.util.List;
import java.util.Optional;

import static cn.haztrail.oversight.custody.Texts.quantity;

/** The receiver's side: discrepancies, the receipt with its decision per line, overdue receipts, follow-ons. */
final class ReceiptSummaries implements SummaryFamily {

    @Override
    public Optional<EventSummary> summarize(Object payload, EnterpriseNames names) {
        if (payload instanceof DiscrepancyRecorded e) {
            String code = e.note() == null ? "custody.discrepancy" : "custody.discrepancy-with-note";
            return Optional.of(EventSummary.of(code,
                    e.batchId(), e.kinds(), quantity(e.declaredQuantity()), e.containersDeclared(),
                    e.containersReceived(), e.acceptedQuantity() == null ? Translatable.of("custody.none-accepted")
                            : Translatable.of("custody.quantity-accepted", quantity(e.acceptedQuantity())), e.note())
                    .declared(e.declaredQuantity()).accepted(e.acceptedQuantity()).discrepancies(e.kinds()));
        }
        if (payload instanceof ManifestReceived e) {
            return Optional.of(received(e, names));
        }
        if (payload instanceof ReceiptOverdue e) {
            return Optional.of(EventSummary.of("custody.receipt-overdue", names.of(e.receiverId()), e.receiptDueAt()));
        }
        if (payload instanceof FollowOnLinked e) {
            return Optional.of(EventSummary.of(e.kind() == ManifestKind.RETURN ? "custody.follow-on-return"
                    : "custody.follow-on-redirect", e.kind(), e.followOnManifestId()));
        }
        return Optional.empty();
    }

    private static EventSummary received(ManifestReceived e, EnterpriseNames names) {
        Translatable text = Translatable.of(e.late() ? "custody.manifest-received-late" : "custody.manifest-received",
                names.of(e.receiverId()), e.outcome(), count(e, LineDecision.ACCEPT), count(e, LineDecision.PARTIAL),
                count(e, LineDecision.REJECT));
        List<DiscrepancyKind> kinds = e.lines().stream().flatMap(line -> line.discrepancies().stream()).distinct()
                .sorted().toList();
        EventSummary summary = new EventSummary(text, null, null, null, kinds, null, null)
                .accepted(Totals.sum(e.lines().stream().filter(line -> line.decision() != LineDecision.REJECT)
                        .map(LineOutcome::acceptedQuantity).toList()));
        List<String> rejected = e.lines().stream().filter(line -> line.decision() == LineDecision.REJECT)
                .map(line -> line.batchId() + (line.note() == null ? "" : ": " + line.note())).toList();
        return rejected.isEmpty() ? summary : summary.refusal("R18",
                Translatable.of("custody.rejected-lines", String.join("; ", rejected)));
    }

    private static long count(ManifestReceived e, LineDecision decision) {
        return e.lines().stream().filter(line -> line.decision() == decision).count();
    }
}
