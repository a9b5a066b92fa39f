package cn.haztrail.batch.command;

import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.ConsolidateBatches;
import cn.haztrail.batch.api.LabelId;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.RepackKind;
import cn.haztrail.batch.api.SplitBatch;
import cn.haztrail.batch.custody.Custody;
import cn.haztrail.batch.custody.CustodyBook;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.WasteCodeEntry;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a holder may repack (R39-R41), decided from the command side's custody table: each source is held by the
 * holder (accepted by it and resting there, or in storage there), open (R08), of one waste code for a consolidation
 * (compatible codes are equal codes: HazTrail knows no finer compatibility), and gives at most what it holds. Each
 * new batch gets a label id from the holder's credit code and the day of repacking (R07) and a storage limit at the
 * holder counted from the earliest source's receipt there (R09): repacking does not restart the clock.
 */
@Component
public class RepackPolicy {

    private final CustodyBook book;
    private final RegistrationPolicy registration;
    private final LabelSequences sequences;

    public RepackPolicy(CustodyBook book, RegistrationPolicy registration, LabelSequences sequences) {
        this.book = book;
        this.registration = registration;
        this.sequences = sequences;
    }

    /** The parts of a split, in order; the loss is recorded on the first (R39, R40). */
    public List<BatchRepacked> split(SplitBatch command, Instant now) {
        if (command.parts() == null || command.parts().size() < 2) {
            throw CommandRefused.ruleViolated("R40", "parts", Translatable.of("refused.repack.too-few-parts"));
        }
        Custody source = held(command.sourceBatchId(), command.holderId(), "sourceBatchId");
        BigDecimal loss = loss(command.loss(), command.lossReason());
        BigDecimal total = loss;
        for (int i = 0; i < command.parts().size(); i++) {
            Quantity part = command.parts().get(i).quantity();
            Quantities.requirePositiveMass(part, "R39", "parts[" + i + "].quantity");
            total = total.add(part.tonnes());
        }
        requireHeld(source, total, "parts");
        List<BatchRepacked> parts = new ArrayList<>();
        BigDecimal notAccepted = notAccepted(source);
        for (int i = 0; i < command.parts().size(); i++) {
            SplitBatch.Part part = command.parts().get(i);
            Quantity taken = i == 0 ? plus(part.quantity(), loss) : part.quantity();
            BigDecimal fromNotAccepted = notAccepted.min(taken.tonnes());
            notAccepted = notAccepted.subtract(fromNotAccepted);
            BatchRepacked repacked = repacked(part.batchId(), command.holderId(), command.holderCreditCode(),
                    List.of(source), List.of(share(source, taken, fromNotAccepted)), part.quantity(),
                    part.packaging(), RepackKind.SPLIT, i == 0 ? command.loss() : null,
                    i == 0 ? command.lossReason() : null, now);
            parts.add(fromNotAccepted.signum() > 0 && fromNotAccepted.compareTo(taken.tonnes()) == 0
                    ? splitOff(repacked) : repacked);
        }
        return parts;
    }

    /** The one new batch of a consolidation (R39, R41). */
    public BatchRepacked consolidate(ConsolidateBatches command, Instant now) {
        if (command.sources() == null || command.sources().size() < 2) {
            throw CommandRefused.ruleViolated("R41", "sources", Translatable.of("refused.repack.too-few-sources"));
        }
        loss(command.loss(), command.lossReason());
        Quantities.requirePositiveMass(command.quantity(), "R39", "quantity");
        List<Custody> sources = new ArrayList<>();
        List<BatchShare> shares = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < command.sources().size(); i++) {
            ConsolidateBatches.Take take = command.sources().get(i);
            String field = "sources[" + i + "]";
            if (!seen.add(take.batchId())) {
                throw CommandRefused.ruleViolated("R41", field + ".batchId",
                        Translatable.of("refused.repack.duplicate-source", take.batchId()));
            }
            Custody source = held(take.batchId(), command.holderId(), field + ".batchId");
            if (!sources.isEmpty() && !source.wasteCode().equals(sources.get(0).wasteCode())) {
                throw CommandRefused.ruleViolated("R41", field + ".batchId", Translatable.of(
                        "refused.repack.code-differs", source.labelId(), source.wasteCode(),
                        sources.get(0).wasteCode()));
            }
            Quantities.requirePositiveMass(take.quantity(), "R39", field + ".quantity");
            requireHeld(source, take.quantity().tonnes(), field + ".quantity");
            sources.add(source);
            shares.add(share(source, take.quantity(), notAccepted(source).min(take.quantity().tonnes())));
        }
        return repacked(command.batchId(), command.holderId(), command.holderCreditCode(), sources, shares,
                command.quantity(), command.packaging(), RepackKind.CONSOLIDATION, command.loss(),
                command.lossReason(), now);
    }

    private BatchRepacked repacked(UUID batchId, UUID holder, String creditCode, List<Custody> sources,
                                   List<BatchShare> shares, Quantity quantity, Packaging packaging, RepackKind kind,
                                   Quantity loss, String lossReason, Instant now) {
        Custody first = sources.get(0);
        WasteCodeEntry entry = registration.entry(first.edition(), first.wasteCode());
        LocalDate day = registration.generationDay(now);
        int sequence = sequences.next(holder, entry.code().value(), day);
        if (sequence > LabelId.MAX_SEQUENCE) {
            throw CommandRefused.ruleViolated("R07", "batchId",
                    Translatable.of("refused.batch.label-sequence-used-up", LabelId.MAX_SEQUENCE, entry.code(), day));
        }
        String label = LabelId.compose(creditCode, entry.code(), day, sequence).value();
        Instant limit = sources.stream().map(source -> limitAtHolder(source, entry)).min(Instant::compareTo)
                .orElseThrow();
        Set<HazardCharacteristic> hazards = EnumSet.noneOf(HazardCharacteristic.class);
        sources.forEach(source -> hazards.addAll(source.hazards()));
        Packaging packed = packaging == null ? first.packaging() : packaging;
        return new BatchRepacked(batchId, holder, label, first.edition(), first.wasteCode(), quantity, first.form(),
                packed, List.copyOf(hazards), kind, List.copyOf(shares), loss,
                lossReason == null || lossReason.isBlank() ? null : lossReason.strip(), now, limit);
    }

    /**
     * The tonnes a partial receipt did not accept that the holder still holds of {@code source}: a repacking takes
     * them first (R39, R40), as the custody table does when it takes the shares.
     */
    private static BigDecimal notAccepted(Custody source) {
        return source.status() == BatchStatus.RECEIVED && source.remainder() != null && source.remainder().hasMass()
                ? source.remainder().tonnes().max(BigDecimal.ZERO) : BigDecimal.ZERO;
    }

    private static BatchShare share(Custody source, Quantity taken, BigDecimal notAccepted) {
        return new BatchShare(source.batchId(), source.labelId(), taken,
                notAccepted.signum() == 0 ? null : inUnit(notAccepted, taken.unit()));
    }

    /** A split's part taken wholly from the part not accepted: its consignor's waste, to go back (R40, R18). */
    private static BatchRepacked splitOff(BatchRepacked part) {
        return new BatchRepacked(part.batchId(), part.holderId(), part.labelId(), part.edition(), part.wasteCode(),
                part.quantity(), part.form(), part.packaging(), part.hazards(), part.kind(), part.sources(),
                part.loss(), part.lossReason(), part.repackedAt(), part.storageLimitAt(), true);
    }

    /** R09 at the holder: from the receipt there, or the limit the batch in storage there already runs to. */
    private Instant limitAtHolder(Custody source, WasteCodeEntry entry) {
        return source.status() == BatchStatus.RECEIVED ? registration.storageLimit(source.receivedAt(), entry)
                : source.storageLimitAt();
    }

    private Custody held(UUID batchId, UUID holder, String field) {
        Custody source = batchId == null ? null : book.find(batchId).orElse(null);
        if (source != null && source.status() == BatchStatus.DISPOSED) {
            throw CommandRefused.conflict("R08", field, Translatable.of("refused.batch.closed", source.labelId()));
        }
        if (source != null && source.status() == BatchStatus.REPACKED) {
            throw CommandRefused.conflict("R08", field, Translatable.of("refused.batch.repacked", source.labelId()));
        }
        if (source == null || !source.heldBy(holder)) {
            throw CommandRefused.ruleViolated("R40", field, Translatable.of("refused.repack.source-not-held",
                    source == null ? String.valueOf(batchId) : source.labelId()));
        }
        return source;
    }

    private static void requireHeld(Custody source, BigDecimal tonnes, String field) {
        if (source.heldTonnes().compareTo(tonnes) < 0) {
            throw CommandRefused.ruleViolated("R39", field, Translatable.of("refused.repack.not-enough",
                    source.labelId(), source.heldTonnes().toPlainString(), tonnes.toPlainString()));
        }
    }

    /** @return the loss in tonnes: none, or a mass above zero with its reason (R39) */
    private static BigDecimal loss(Quantity loss, String reason) {
        if (loss == null || loss.value() == null || loss.value().signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (loss.value().signum() < 0) {
            throw CommandRefused.ruleViolated("R39", "loss", Translatable.of("refused.repack.loss-negative"));
        }
        Quantities.requirePositiveMass(loss, "R39", "loss");
        if (reason == null || reason.isBlank()) {
            throw CommandRefused.ruleViolated("R39", "lossReason", Translatable.of("refused.repack.loss-no-reason"));
        }
        return loss.tonnes();
    }

    private static Quantity plus(Quantity quantity, BigDecimal tonnes) {
        if (tonnes.signum() == 0) {
            return quantity;
        }
        return inUnit(quantity.tonnes().add(tonnes), quantity.unit());
    }

    private static Quantity inUnit(BigDecimal tonnes, QuantityUnit unit) {
        BigDecimal value = (unit == QuantityUnit.KG ? tonnes.movePointRight(3) : tonnes).stripTrailingZeros();
        return new Quantity(value.scale() < 0 ? value.setScale(0) : value, unit);
    }
}
