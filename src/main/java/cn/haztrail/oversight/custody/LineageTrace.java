package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.oversight.custody.CustodyLineageView.Step;
import cn.haztrail.oversight.custody.CustodyLineageView.Treatment;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import cn.haztrail.shared.web.QuantityView;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole lineage of a batch (R39-R41) from the repackings a chain counted: down, every share taken from it or
 * from a batch made from it, with the mass of it each carries and where each batch ended; up, every share it was
 * made from back to the batches their producers registered. The repackings come in the order they happened, so a
 * batch's own making is met before any share is taken from it.
 */
final class LineageTrace {

    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

    private final UUID subject;
    private final CustodyFold fold;
    private final EnterpriseNames names;
    /** The mass each batch reached downstream was made from: what its repacking took from all its sources. */
    private final Map<UUID, BigDecimal> inputs = new HashMap<>();

    LineageTrace(UUID subject, CustodyFold fold, EnterpriseNames names) {
        this.subject = subject;
        this.fold = fold;
        this.names = names;
    }

    CustodyLineageView view() {
        return CustodyLineageView.of(subject, fold.repackings(), downstream(), upstream());
    }

    /** Tonnes of the subject's waste in each batch reached, and how many repackings away it is. */
    private List<Step> downstream() {
        Map<UUID, BigDecimal> ofSubject = new HashMap<>();
        Map<UUID, Integer> levels = new HashMap<>(Map.of(subject, 0));
        List<Step> steps = new ArrayList<>();
        for (BatchRepacked repacked : fold.repackings()) {
            BigDecimal input = repacked.sources().stream().map(share -> tonnes(share.quantity()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            for (BatchShare share : repacked.sources()) {
                Integer level = levels.get(share.batchId());
                if (level == null || repacked.batchId().equals(subject)) {
                    continue;
                }
                BigDecimal fromSubject = share.batchId().equals(subject) ? tonnes(share.quantity())
                        : tonnes(share.quantity()).multiply(fraction(share.batchId(), ofSubject), PRECISION);
                ofSubject.merge(repacked.batchId(), fromSubject, BigDecimal::add);
                levels.merge(repacked.batchId(), level + 1, Math::min);
                steps.add(step(level + 1, share, repacked, share.quantity().hasMass()
                        ? QuantityView.of(inUnit(fromSubject, share.quantity().unit())) : null));
            }
            if (ofSubject.containsKey(repacked.batchId())) {
                inputs.put(repacked.batchId(), input);
            }
        }
        return steps.stream().map(this::withEnd).toList();
    }

    /** The part of a batch's input that was the subject's waste. */
    private BigDecimal fraction(UUID batchId, Map<UUID, BigDecimal> ofSubject) {
        BigDecimal input = inputs.get(batchId);
        if (input == null || input.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return ofSubject.getOrDefault(batchId, BigDecimal.ZERO).divide(input, PRECISION);
    }

    /** Back from the subject: the repackings in reverse, each one that made a batch already reached. */
    private List<Step> upstream() {
        Map<UUID, Integer> levels = new HashMap<>(Map.of(subject, 0));
        List<Step> steps = new ArrayList<>();
        List<BatchRepacked> repackings = fold.repackings();
        for (int i = repackings.size() - 1; i >= 0; i--) {
            BatchRepacked repacked = repackings.get(i);
            Integer level = levels.get(repacked.batchId());
            if (level == null) {
                continue;
            }
            for (BatchShare share : repacked.sources()) {
                levels.merge(share.batchId(), level + 1, Math::min);
                BatchFacts source = fold.batch(share.batchId());
                UUID producer = source == null ? null : source.producerId;
                steps.add(new Step(level + 1, share.batchId(), share.labelId(), repacked.batchId(),
                        repacked.labelId(), QuantityView.of(share.quantity()), repacked.kind().name(),
                        repacked.repackedAt(), null, source == null ? null : source.status.name(), null, producer,
                        names.find(producer), source != null && !source.repacked));
            }
        }
        return List.copyOf(steps);
    }

    private static Step step(int level, BatchShare share, BatchRepacked repacked, QuantityView fromSubject) {
        return new Step(level, share.batchId(), share.labelId(), repacked.batchId(), repacked.labelId(),
                QuantityView.of(share.quantity()), repacked.kind().name(), repacked.repackedAt(), fromSubject, null,
                null, null, null, false);
    }

    /** Where the batch the share went into stands at the end of the counted events. */
    private Step withEnd(Step step) {
        BatchFacts batch = fold.batch(step.toBatchId());
        if (batch == null) {
            return step;
        }
        Treatment treatment = batch.disposed == null ? null
                : new Treatment(batch.disposalMethod, QuantityView.of(batch.disposed));
        return new Step(step.level(), step.fromBatchId(), step.fromLabelId(), step.toBatchId(), step.toLabelId(),
                step.quantity(), step.kind(), step.repackedAt(), step.fromSubject(), batch.status.name(), treatment,
                null, null, false);
    }

    private static BigDecimal tonnes(Quantity quantity) {
        return quantity.hasMass() ? quantity.tonnes() : BigDecimal.ZERO;
    }

    /** Tonnes in the unit the share states its mass in, to the gram. */
    private static Quantity inUnit(BigDecimal tonnes, QuantityUnit unit) {
        BigDecimal value = (unit == QuantityUnit.KG ? tonnes.movePointRight(3) : tonnes)
                .setScale(unit == QuantityUnit.KG ? 3 : 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return new Quantity(value.scale() < 0 ? value.setScale(0) : value, unit);
    }
}
