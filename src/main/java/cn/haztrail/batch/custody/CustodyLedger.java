package cn.haztrail.batch.custody;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.WasteCodeEntry;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link CustodyTable} from a batch's registration and its manifests' events, in the command's own transaction
 * (a subscribing group whose failures propagate), so that a custody step appends to the manifest alone and the next
 * command already reads where its batches stand. The transitions are those the batch's own custody events encoded
 * before (WasteBatch keeps them for old streams): drafting allocates (R08), cancellation frees (R12), pickup, arrival
 * and receipt move the batches on that manifest (R13, R15-R18), disposal closes (R19).
 */
@Component
@ProcessingGroup(CustodyLedger.GROUP)
class CustodyLedger {

    static final String GROUP = "batch-custody";

    private final CustodyTable table;
    private final WasteCatalogue catalogue;
    private final StorageClock clock;

    CustodyLedger(CustodyTable table, WasteCatalogue catalogue, StorageClock clock) {
        this.table = table;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @EventHandler
    void on(BatchRegistered event) {
        String name = catalogue.find(event.edition(), WasteCode.parse(event.wasteCode()))
                .map(WasteCodeEntry::description).orElse(event.wasteCode());
        table.register(event, name);
    }

    /**
     * The allocation was decided from this table before the manifest was drafted; if another manifest took a batch
     * in between, the draft is rolled back as a concurrency conflict and, repeated, refused under R08.
     */
    @EventHandler
    void on(ManifestDrafted event) {
        for (BatchLine line : event.lines()) {
            if (!table.allocate(line.batchId(), event.manifestId(), event.previousManifestId())) {
                throw new ConcurrencyException("Batch " + line.labelId() + " was allocated concurrently to "
                        + "another manifest than " + event.manifestId());
            }
        }
    }

    @EventHandler
    void on(ManifestCancelled event) {
        table.release(event.manifestId());
    }

    @EventHandler
    void on(ManifestPickedUp event) {
        table.pickUp(event.manifestId());
    }

    @EventHandler
    void on(ManifestArrived event) {
        table.deliver(event.manifestId());
    }

    /** Waste taken back by its own producer (a return manifest) is in storage again and its clock runs (R09). */
    @EventHandler
    void on(ManifestReceived event) {
        for (LineOutcome line : event.lines()) {
            if (line.decision() == LineDecision.REJECT) {
                table.reject(line.batchId(), event.manifestId());
            } else if (isProducer(line, event)) {
                if (table.returnToStorage(line.batchId(), event.manifestId(), line.acceptedQuantity())) {
                    table.find(line.batchId()).ifPresent(clock::restart);
                }
            } else {
                table.receive(line.batchId(), event.manifestId(), event.receiverId(), line.acceptedQuantity(),
                        event.receivedAt());
            }
        }
    }

    @EventHandler
    void on(BatchDisposed event) {
        table.dispose(event.batchId());
    }

    private boolean isProducer(LineOutcome line, ManifestReceived event) {
        return table.find(line.batchId()).map(custody -> custody.producerId().equals(event.receiverId()))
                .orElse(false);
    }
}
