package cn.haztrail.oversight.custody;

import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.oversight.custody.CustodyStateView.CustodyBatchState;
import cn.haztrail.oversight.custody.CustodyStateView.CustodyDiscrepancy;
import cn.haztrail.oversight.custody.CustodyStateView.CustodyManifestState;
import cn.haztrail.oversight.custody.CustodyStateView.CustodyParty;
import cn.haztrail.shared.web.QuantityView;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** Turns a {@link CustodyFold} into the answer's state block, for a batch or for a manifest. */
final class StateViews {

    private StateViews() {
    }

    static CustodyStateView ofBatch(CustodyFold fold, UUID batchId, EnterpriseNames names) {
        BatchFacts batch = fold.batch(batchId);
        if (batch == null) {
            return CustodyStateView.notYetExisting();
        }
        return new CustodyStateView(batch.status.name(), party(fold.holderOf(batch), names),
                QuantityView.of(batch.declared), QuantityView.of(batch.accepted), QuantityView.of(batch.disposed),
                fold.methodOf(batch), fold.manifestNumbers(),
                discrepancies(fold, d -> d.batchId().equals(batchId)), batches(fold, names), manifests(fold, names));
    }

    static CustodyStateView ofManifest(CustodyFold fold, UUID manifestId, EnterpriseNames names) {
        ManifestFacts manifest = fold.manifest(manifestId);
        if (manifest == null) {
            return CustodyStateView.notYetExisting();
        }
        CustodyManifestState own = manifestState(fold, manifest, names);
        return new CustodyStateView(own.status(), own.custodyHolder(), own.declared(), own.accepted(),
                own.disposed(), own.method(), fold.manifestNumbers(),
                discrepancies(fold, d -> d.manifestId().equals(manifestId)
                        || manifest.lines.containsKey(d.batchId())), batches(fold, names), manifests(fold, names));
    }

    private static List<CustodyBatchState> batches(CustodyFold fold, EnterpriseNames names) {
        return fold.batches().stream().map(b -> new CustodyBatchState(b.batchId, b.labelId, b.wasteCode,
                b.status.name(), party(fold.holderOf(b), names), b.manifestId, QuantityView.of(b.declared),
                QuantityView.of(b.accepted), QuantityView.of(b.disposed), fold.methodOf(b), b.storageOverdue))
                .toList();
    }

    private static List<CustodyManifestState> manifests(CustodyFold fold, EnterpriseNames names) {
        return fold.manifests().stream().map(m -> manifestState(fold, m, names)).toList();
    }

    private static CustodyManifestState manifestState(CustodyFold fold, ManifestFacts m, EnterpriseNames names) {
        return new CustodyManifestState(m.manifestId, m.number, m.kind, m.status.name(), party(m.holderId, names),
                party(m.consignorId, names), party(m.receiverId, names), m.previousManifestId, m.followOnManifestId,
                m.outcome, m.receiptOverdue, m.method(),
                QuantityView.of(Totals.sum(m.lines.values().stream().map(line -> line.declared).toList())),
                QuantityView.of(Totals.sum(m.lines.values().stream().map(line -> line.accepted).toList())),
                QuantityView.of(fold.disposedFrom(m)));
    }

    private static List<CustodyDiscrepancy> discrepancies(CustodyFold fold, Predicate<DiscrepancyRecorded> about) {
        return fold.openDiscrepancies().stream().filter(about).map(d -> new CustodyDiscrepancy(d.manifestId(),
                d.batchId(), d.kinds(), QuantityView.of(d.declaredQuantity()), QuantityView.of(d.acceptedQuantity()),
                d.containersDeclared(), d.containersReceived(), d.note())).toList();
    }

    private static CustodyParty party(UUID enterpriseId, EnterpriseNames names) {
        return enterpriseId == null ? null : new CustodyParty(enterpriseId, names.find(enterpriseId));
    }
}
