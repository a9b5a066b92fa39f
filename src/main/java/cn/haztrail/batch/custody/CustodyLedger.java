package cn.haztrail.batch.custody;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.RepackKind;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.WasteCodeEntry;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.shared.domain.Quantity;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * Keeps {@link CustodyTable} from a batch's registration and its manifests' events, in the command's own transaction
 * (a subscribing group whose failures propagate), so that a custody step appends to the manifest alone and the next
 * command already reads where its batches stand. The transitions are those the batch's own custody events encoded
 * before (WasteBatch keeps them for old streams): drafting allocates (R08), cancellation frees (R12), pickup, arrival
 * and receipt move the batches on that manifest (R13, R15-R18), disposal closes (R19), a repacked batch takes its
 * shares from its sources and is in storage at its holder (R39-R41).
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
        table.register(event, nameOf(event.edition(), event.wasteCode()));
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
            } else if (event.kind() == ManifestKind.RETURN || isProducer(line, event)) {
                if (table.returnToStorage(line.batchId(), event.manifestId(), event.receiverId(),
                        line.acceptedQuantity())) {
                    table.find(line.batchId()).ifPresent(clock::restart);
                }
            } else {
                table.receive(line.batchId(), event.manifestId(), event.receiverId(), line.acceptedQuantity(),
                        event.receivedAt());
                if (line.decision() == LineDecision.PARTIAL) {
                    holdBack(line);
                }
            }
        }
    }

    /**
     * The new batch's creation takes its shares from its sources (R39): were a source taken meanwhile by another
     * repacking or put on a manifest, the transaction is rolled back as a concurrency conflict.
     */
    @EventHandler
    void on(BatchRepacked event) {
        SplitOff splitOff = splitOff(event);
        for (BatchShare source : event.sources()) {
            if (!table.take(source.batchId(), event.holderId(), source.quantity().tonnes())) {
                throw new ConcurrencyException("Batch " + source.labelId() + " no longer holds "
                        + source.quantity().value() + " " + source.quantity().unit() + " for " + event.labelId());
            }
        }
        table.register(event, nameOf(event.edition(), event.wasteCode()));
        if (splitOff != null) {
            table.splitOff(event.batchId(), splitOff);
        }
    }

    /**
     * A split's part taken wholly from the part a partial receipt did not accept (taken first, R39): that waste
     * is still its consignor's to take back or send on (R18, R40).
     */
    private SplitOff splitOff(BatchRepacked event) {
        if (event.kind() != RepackKind.SPLIT || event.sources().size() != 1) {
            return null;
        }
        BatchShare share = event.sources().get(0);
        return table.find(share.batchId())
                .filter(source -> source.status() == BatchStatus.RECEIVED && source.remainder() != null
                        && source.remainder().hasMass() && share.quantity().hasMass()
                        && source.remainder().tonnes().compareTo(share.quantity().tonnes()) >= 0)
                .map(source -> new SplitOff(source.manifestId(), source.producerId())).orElse(null);
    }

    @EventHandler
    void on(BatchDisposed event) {
        table.dispose(event.batchId());
    }

    /** The declared mass the partial receipt did not accept, which the receiver holds all the same (R40). */
    private void holdBack(LineOutcome line) {
        table.find(line.batchId()).ifPresent(custody -> {
            Quantity accepted = custody.acceptedQuantity();
            if (custody.quantity().hasMass() && accepted != null && accepted.hasMass()) {
                BigDecimal rest = custody.quantity().tonnes().subtract(accepted.tonnes());
                if (rest.signum() > 0) {
                    table.holdBack(line.batchId(), CustodyTable.inUnit(rest, accepted.unit()));
                }
            }
        });
    }

    String nameOf(String edition, String code) {
        return catalogue.find(edition, WasteCode.parse(code)).map(WasteCodeEntry::description).orElse(code);
    }

    private boolean isProducer(LineOutcome line, ManifestReceived event) {
        return table.find(line.batchId()).map(custody -> custody.producerId().equals(event.receiverId()))
                .orElse(false);
    }
}
