package cn.haztrail.ledger.query;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.ledger.query.LedgerWrites.KnownBatch;
import cn.haztrail.ledger.query.LedgerWrites.KnownManifest;
import cn.haztrail.ledger.query.LedgerWrites.ManifestLine;
import cn.haztrail.manifest.api.HandoverCompleted;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Projects the ledger lines of every enterprise from the batch and manifest events, in the pooled oversight
 * processor. Events of one stream arrive in order, those of different streams in any order: so each line needs only
 * its own stream (a manifest's lines come from its draft, a disposal's waste code from its batch's registration),
 * and each line has a key of its own, so a redelivery adds nothing. Business times come from the events; days are
 * days in the configured zone. The person responsible is stored as a reference, never as a name.
 */
@Component
@ProcessingGroup("oversight")
class LedgerProjection {

    private final LedgerWrites writes;
    private final KnownParts parts;
    private final ZoneId zone;

    LedgerProjection(LedgerWrites writes, KnownParts parts, ZoneProperties zone) {
        this.writes = writes;
        this.parts = parts;
        this.zone = zone.zone();
    }

    @EventHandler
    void on(BatchRegistered event, MetaData metaData) {
        parts.batch(event.batchId(), new KnownBatch(event.producerId(), event.labelId(), event.wasteCode()));
        Quantity quantity = event.quantity();
        writes.add(new LedgerLine(LedgerLine.keyOf(event.batchId(), Movement.GENERATED, null, event.producerId()),
                event.producerId(), Movement.GENERATED, event.batchId(), event.labelId(), null, null,
                event.wasteCode(), quantity.value(), quantity.unit().symbol(), tonnes(quantity),
                event.packaging() == null ? null : event.packaging().type().name(),
                event.packaging() == null ? null : event.packaging().count(), event.storageLocation(), null, null,
                event.generatedAt(), day(event.generatedAt()), AuditMetadata.accountId(metaData), null));
    }

    @EventHandler
    void on(ManifestDrafted event) {
        parts.manifest(event.manifestId(), new KnownManifest(event.consignorId(), event.receiverId(),
                event.kind() == ManifestKind.TRANSFER, null, event.lines().stream().map(line -> new ManifestLine(
                        line.batchId(), line.labelId(), line.wasteCode(), line.quantity().value(),
                        line.quantity().unit().symbol(),
                        line.packaging() == null ? null : line.packaging().type().name(),
                        line.packaging() == null ? null : line.packaging().count())).toList()));
    }

    @EventHandler
    void on(ManifestSubmitted event) {
        parts.numbered(event.manifestId(), event.number());
    }

    @EventHandler
    void on(ManifestCancelled event) {
        parts.forget(event.manifestId());
    }

    /**
     * Out of the consignor's storage, and onto the first carrier's register; the driver is the one responsible. A
     * return or redirection carries waste its consignor refused at receipt and never stored: nothing leaves its
     * storage, so it gets no line.
     */
    @EventHandler
    void on(ManifestPickedUp event, MetaData metaData) {
        parts.manifest(event.manifestId()).ifPresent(manifest -> {
            for (ManifestLine line : manifest.lines()) {
                if (manifest.fromStorage()) {
                    writes.add(moved(manifest, line, event.manifestId(), Movement.SHIPPED, manifest.consignorId(),
                            manifest.receiverId(), event.pickedUpAt(), AuditMetadata.accountId(metaData)));
                }
                writes.add(moved(manifest, line, event.manifestId(), Movement.TRANSPORTED, event.carrierId(),
                        manifest.consignorId(), event.pickedUpAt(),
                        event.driverRef() == null ? AuditMetadata.accountId(metaData) : event.driverRef().toString()));
            }
        });
    }

    @EventHandler
    void on(HandoverCompleted event, MetaData metaData) {
        parts.manifest(event.manifestId()).ifPresent(manifest -> {
            for (ManifestLine line : manifest.lines()) {
                writes.add(moved(manifest, line, event.manifestId(), Movement.TRANSPORTED, event.toCarrierId(),
                        manifest.consignorId(), event.handedOverAt(), AuditMetadata.accountId(metaData)));
            }
        });
    }

    /** Into the receiver's storage: what it accepted, as weighed; a refused line enters nothing. */
    @EventHandler
    void on(ManifestReceived event, MetaData metaData) {
        parts.manifest(event.manifestId()).ifPresent(manifest -> {
            for (LineOutcome outcome : event.lines()) {
                if (outcome.decision() == LineDecision.REJECT || outcome.acceptedQuantity() == null) {
                    continue;
                }
                manifest.lines().stream().filter(line -> line.batchId().equals(outcome.batchId())).findFirst()
                        .ifPresent(line -> writes.add(received(manifest, line, event, outcome,
                                AuditMetadata.accountId(metaData))));
            }
        });
    }

    /** Out of the storage of whoever utilized or disposed of it (a facility, or a producer using its own). */
    @EventHandler
    void on(BatchDisposed event, MetaData metaData) {
        parts.batch(event.batchId()).ifPresent(batch -> {
            Instant at = event.disposedAt() != null ? event.disposedAt()
                    : event.disposedOn().atStartOfDay(zone).toInstant();
            Quantity quantity = event.quantity();
            writes.add(new LedgerLine(LedgerLine.keyOf(event.batchId(), Movement.DISPOSED, null, event.receiverId()),
                    event.receiverId(), Movement.DISPOSED, event.batchId(), batch.labelId(), null, null,
                    batch.wasteCode(), quantity.value(), quantity.unit().symbol(), tonnes(quantity), null, null, null,
                    event.methodCode(), batch.producerId(), at, event.disposedOn(), AuditMetadata.accountId(metaData),
                    null));
        });
    }

    /**
     * A split or consolidation at its holder (R39): each share out of its source, the new batch in, and the loss on a
     * line of its own with its reason. All on the holder's ledger, on the day of repacking, from this event alone
     * (the new batch's stream); the new batch is remembered like a registered one, its holder as its origin, for
     * its later manifests and disposal. The part a partial receipt did not accept never entered the holder's storage
     * (its RECEIVED line has the accepted quantity only), so a share's REPACKED_OUT line has only what the share took
     * from the holder's storage, and none when that is nothing (R39, R40). A split's part taken wholly from the part
     * not accepted is still its consignor's waste: it gets no REPACKED_IN line, and its return manifest, like every
     * return, no SHIPPED line. Consolidated with the holder's waste, that part enters the holder's storage as part
     * of the new batch's REPACKED_IN.
     */
    @EventHandler
    void on(BatchRepacked event, MetaData metaData) {
        parts.batch(event.batchId(), new KnownBatch(event.holderId(), event.labelId(), event.wasteCode()));
        String responsible = AuditMetadata.accountId(metaData);
        for (BatchShare share : event.sources()) {
            if (share.heldTonnes().signum() > 0) {
                writes.add(repacked(event, share.batchId(), share.labelId(), Movement.REPACKED_OUT, held(share),
                        null, responsible));
            }
        }
        if (!event.notAcceptedSplitOff()) {
            writes.add(repacked(event, event.batchId(), event.labelId(), Movement.REPACKED_IN, event.quantity(), null,
                    responsible));
        }
        if (event.loss() != null && event.loss().value().signum() > 0) {
            writes.add(repacked(event, event.batchId(), event.labelId(), Movement.REPACK_LOSS, event.loss(),
                    event.lossReason(), responsible));
        }
    }

    @ResetHandler
    void reset() {
        writes.clear();
    }

    private LedgerLine moved(KnownManifest manifest, ManifestLine line, UUID manifestId, Movement movement,
                             UUID enterpriseId, UUID counterpartyId, Instant at, String responsible) {
        Quantity quantity = new Quantity(line.quantityValue(), QuantityUnit.ofSymbol(line.quantityUnit()));
        return new LedgerLine(LedgerLine.keyOf(line.batchId(), movement, manifestId, enterpriseId), enterpriseId,
                movement, line.batchId(), line.labelId(), manifestId, manifest.number(), line.wasteCode(),
                line.quantityValue(), line.quantityUnit(), tonnes(quantity), line.packagingType(), line.containers(),
                null, null, counterpartyId, at, day(at), responsible, null);
    }

    private LedgerLine repacked(BatchRepacked event, UUID batchId, String labelId, Movement movement,
                                Quantity quantity, String note, String responsible) {
        Packaging packaging = movement == Movement.REPACKED_IN ? event.packaging() : null;
        return new LedgerLine(LedgerLine.repackKeyOf(batchId, movement, event.batchId(), event.holderId()),
                event.holderId(), movement, batchId, labelId, null, null, event.wasteCode(), quantity.value(),
                quantity.unit().symbol(), tonnes(quantity), packaging == null ? null : packaging.type().name(),
                packaging == null ? null : packaging.count(), null, null, null, event.repackedAt(),
                day(event.repackedAt()), responsible, note);
    }

    private LedgerLine received(KnownManifest manifest, ManifestLine line, ManifestReceived event,
                                LineOutcome outcome, String responsible) {
        Quantity accepted = outcome.acceptedQuantity();
        return new LedgerLine(LedgerLine.keyOf(line.batchId(), Movement.RECEIVED, event.manifestId(),
                event.receiverId()), event.receiverId(), Movement.RECEIVED, line.batchId(), line.labelId(),
                event.manifestId(), manifest.number(), line.wasteCode(), accepted.value(), accepted.unit().symbol(),
                tonnes(accepted), line.packagingType(), line.containers(), null, outcome.methodCode(),
                manifest.consignorId(), event.receivedAt(), day(event.receivedAt()), responsible, null);
    }

    /** The part of a share taken from the holder's storage, in the share's unit. */
    private static Quantity held(BatchShare share) {
        if (share.notAccepted() == null || share.notAccepted().value().signum() == 0) {
            return share.quantity();
        }
        BigDecimal tonnes = share.heldTonnes();
        QuantityUnit unit = share.quantity().unit();
        BigDecimal value = (unit == QuantityUnit.KG ? tonnes.movePointRight(3) : tonnes).stripTrailingZeros();
        return new Quantity(value.scale() < 0 ? value.setScale(0) : value, unit);
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private static BigDecimal tonnes(Quantity quantity) {
        return quantity.hasMass() ? quantity.tonnes() : null;
    }
}
