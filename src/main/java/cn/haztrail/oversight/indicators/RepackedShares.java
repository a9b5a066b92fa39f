package cn.haztrail.oversight.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/**
 * The origin view of a batch made by a split or consolidation (R45): it was never generated, so it adds nothing to
 * what its region's producers generated; what becomes of it counts for its origin batches, each in its producer's
 * region and its own waste category, by the part of the new batch that came from it ({@link FactLineage#origins}).
 * The loss recorded on it leaves the origins' stock on the day of the repacking (lost mass is neither treated nor in
 * storage); when it is utilized or disposed of, the rest of it leaves their stock and its treated tonnes count as
 * treated by its method on that day. What a further repacking took from it goes on with the batches made from it.
 * Shares are rounded to the scale of the rollups (6 decimals) one by one.
 */
final class RepackedShares {

    private static final int SCALE = 6;

    private RepackedShares() {
    }

    static void addOrigins(BatchFact made, BigDecimal taken, Map<BatchFact, BigDecimal> origins,
                           Map<RollupKey, RollupAmounts> rows) {
        BigDecimal loss = made.repackLossTonnes();
        boolean treated = BatchContribution.isTreated(made) && made.disposedTonnes() != null;
        BigDecimal left = made.repackedTonnes().subtract(taken).max(BigDecimal.ZERO);
        origins.forEach((origin, part) -> {
            if (loss != null && loss.signum() > 0) {
                add(origin, made.repackedOn(), new RollupAmounts().add(RollupMeasure.LEFT_TONNES, share(loss, part)),
                        rows);
            }
            if (treated) {
                add(origin, made.disposedOn(), new RollupAmounts()
                        .add(RollupMeasure.LEFT_TONNES, share(left, part))
                        .add(RollupMeasure.treated(made.methodKind()), share(made.disposedTonnes(), part)), rows);
            }
        });
    }

    private static void add(BatchFact origin, LocalDate day, RollupAmounts amounts,
                            Map<RollupKey, RollupAmounts> rows) {
        if (origin.producerRegion() != null) {
            BatchContribution.add(rows, IndicatorView.ORIGIN, origin.producerRegion(), origin.wasteCategory(), day,
                    amounts);
        }
    }

    private static BigDecimal share(BigDecimal tonnes, BigDecimal part) {
        return tonnes.multiply(part).setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
