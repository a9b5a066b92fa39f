package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.batch.api.RepackKind;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.batch.api.BatchReleased;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.BatchStorageOverdue;

import java.util.Optional;
import java.util.stream.Collectors;

import static cn.haztrail.oversight.custody.Texts.quantity;

/** The batch's own events: generation, allocation, loading, delivery, acceptance or rejection, disposal. */
final class BatchSummaries implements SummaryFamily {

    @Override
    public Optional<EventSummary> summarize(Object payload, EnterpriseNames names) {
        if (payload instanceof BatchRegistered e) {
            return Optional.of(EventSummary.of("custody.batch-registered", names.of(e.producerId()), e.wasteCode(),
                    quantity(e.quantity()), e.packaging().count(), e.packaging().type(), e.labelId())
                    .declared(e.quantity()));
        }
        if (payload instanceof BatchRepacked e) {
            return Optional.of(EventSummary.of(e.kind() == RepackKind.SPLIT ? "custody.batch-split"
                            : "custody.batch-consolidated", names.of(e.holderId()), e.wasteCode(),
                    quantity(e.quantity()), e.labelId(), e.sources().stream().map(BatchShare::labelId)
                            .collect(Collectors.joining(", ")), quantity(e.loss()))
                    .declared(e.quantity()));
        }
        if (payload instanceof BatchAllocated e) {
            return Optional.of(EventSummary.of("custody.batch-allocated", e.manifestId()));
        }
        if (payload instanceof BatchReleased e) {
            return Optional.of(EventSummary.of("custody.batch-released", e.manifestId(), e.reason()));
        }
        if (payload instanceof BatchPickedUp e) {
            return Optional.of(EventSummary.of("custody.batch-picked-up", names.of(e.carrierId())));
        }
        if (payload instanceof BatchDelivered e) {
            return Optional.of(EventSummary.of("custody.batch-delivered", names.of(e.receiverId())));
        }
        if (payload instanceof BatchReceived e) {
            return Optional.of(EventSummary.of(e.discrepancy() ? "custody.batch-received-with-discrepancy"
                    : "custody.batch-received", names.of(e.receiverId()), quantity(e.acceptedQuantity()))
                    .accepted(e.acceptedQuantity()));
        }
        if (payload instanceof BatchRejected e) {
            return Optional.of(EventSummary.of("custody.batch-rejected", names.of(e.receiverId()), e.reason())
                    .refusal("R18", e.reason()));
        }
        if (payload instanceof BatchReturnedToStorage e) {
            return Optional.of(EventSummary.of("custody.batch-returned", quantity(e.quantity()))
                    .declared(e.quantity()));
        }
        if (payload instanceof BatchDisposed e) {
            return Optional.of(EventSummary.of("custody.batch-disposed", names.of(e.receiverId()), e.methodCode(),
                    quantity(e.quantity()), e.disposedOn())
                    .disposed(e.quantity()));
        }
        if (payload instanceof BatchStorageOverdue e) {
            return Optional.of(EventSummary.of("custody.batch-storage-overdue", e.storageLimitAt()));
        }
        return Optional.empty();
    }
}
