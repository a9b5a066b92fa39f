package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.batch.api.BatchReleased;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.BatchStorageOverdue;

import java.util.Optional;

import static cn.haztrail.oversight.custody.Texts.quantity;

/** The batch's own events: generation, allocation, loading, delivery, acceptance or rejection, disposal. */
final class BatchSummaries implements SummaryFamily {

    @Override
    public Optional<EventSummary> summarize(Object payload, EnterpriseNames names) {
        if (payload instanceof BatchRegistered e) {
            return Optional.of(EventSummary.of("Generated at " + names.of(e.producerId()) + ": " + e.wasteCode()
                    + ", " + quantity(e.quantity()) + " in " + e.packaging().count() + " "
                    + e.packaging().type() + ", label " + e.labelId() + " (产生入库)").declared(e.quantity()));
        }
        if (payload instanceof BatchAllocated e) {
            return Optional.of(EventSummary.of("Put on manifest " + e.manifestId() + " (列入联单)"));
        }
        if (payload instanceof BatchReleased e) {
            return Optional.of(EventSummary.of("Released from cancelled manifest " + e.manifestId() + ": "
                    + e.reason() + " (退出联单)"));
        }
        if (payload instanceof BatchPickedUp e) {
            return Optional.of(EventSummary.of("Loaded by " + names.of(e.carrierId()) + " (装车)"));
        }
        if (payload instanceof BatchDelivered e) {
            return Optional.of(EventSummary.of("Delivered to " + names.of(e.receiverId()) + " (运抵)"));
        }
        if (payload instanceof BatchReceived e) {
            return Optional.of(EventSummary.of("Accepted by " + names.of(e.receiverId()) + ": "
                    + quantity(e.acceptedQuantity()) + (e.discrepancy() ? ", with a discrepancy" : "") + " (接收)")
                    .accepted(e.acceptedQuantity()));
        }
        if (payload instanceof BatchRejected e) {
            return Optional.of(EventSummary.of("Rejected by " + names.of(e.receiverId()) + ": " + e.reason()
                    + " (拒收)").refusal("R18", e.reason()));
        }
        if (payload instanceof BatchReturnedToStorage e) {
            return Optional.of(EventSummary.of("Back in its producer's storage: " + quantity(e.quantity())
                    + " (退回入库)").declared(e.quantity()));
        }
        if (payload instanceof BatchDisposed e) {
            return Optional.of(EventSummary.of("Utilized or disposed of by " + names.of(e.receiverId()) + " with "
                    + e.methodCode() + ": " + quantity(e.quantity()) + " on " + e.disposedOn() + " (利用处置)")
                    .disposed(e.quantity()));
        }
        if (payload instanceof BatchStorageOverdue e) {
            return Optional.of(EventSummary.of("Still at its producer past the storage limit of "
                    + e.storageLimitAt() + " (贮存超期, R09)"));
        }
        return Optional.empty();
    }
}
