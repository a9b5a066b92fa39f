package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.MethodKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The exact sums behind a region's indicators for one period and view (DOMAIN.md). A batch enters the view's stock
 * on the day it was generated (origin view, declared tonnes) or accepted (facility view, accepted tonnes) and leaves
 * it on the day it is utilized or disposed of (treated tonnes); storage and collection codes do not take it out:
 * <ul>
 * <li>stock carried in = entered before {@code from} and not treated before {@code from};</li>
 * <li>generated (origin) or received (facility) = entered in the period;</li>
 * <li>treated by kind = treated in the period; co-processing counts as disposal;</li>
 * <li>in storage at period end = entered by {@code to} and not treated by {@code to};</li>
 * <li>rate = (utilized + disposed) / (entered in the period + stock carried in);
 *     landfill share = landfilled / (utilized + disposed); null when the denominator is zero.</li>
 * </ul>
 * Batches without mass (declared as a volume) are left out of every sum and only counted. Ratios are computed from
 * the exact sums and rounded once.
 */
record IndicatorSums(BigDecimal entered, BigDecimal received, BigDecimal stockCarriedIn, BigDecimal inStorageAtEnd,
                     Map<MethodKind, BigDecimal> treated, int batchesLeftOut) {

    static final int TONNES_SCALE = 3;
    static final int RATE_SCALE = 4;

    /**
     * From rollup sums: {@code before} over the days before the period, {@code during} over its days. What was in
     * stock on a day is what entered by then less what left by then.
     */
    static IndicatorSums of(RollupAmounts before, RollupAmounts during) {
        BigDecimal carriedIn = before.get(RollupMeasure.ENTERED_TONNES).subtract(before.get(RollupMeasure.LEFT_TONNES));
        Map<MethodKind, BigDecimal> treated = new EnumMap<>(MethodKind.class);
        for (MethodKind kind : MethodKind.values()) {
            if (kind.isFinal()) {
                treated.put(kind, during.get(RollupMeasure.treated(kind)));
            }
        }
        long leftOut = before.count(RollupMeasure.ENTERED_WITHOUT_MASS) + during.count(RollupMeasure.ENTERED_WITHOUT_MASS)
                - before.count(RollupMeasure.LEFT_WITHOUT_MASS);
        return new IndicatorSums(during.get(RollupMeasure.ENTERED_TONNES), during.get(RollupMeasure.RECEIVED_TONNES),
                carriedIn, carriedIn.add(during.get(RollupMeasure.ENTERED_TONNES))
                .subtract(during.get(RollupMeasure.LEFT_TONNES)), treated, Math.toIntExact(leftOut));
    }

    IndicatorFigures figures(IndicatorView view) {
        BigDecimal utilized = treated(MethodKind.UTILIZATION);
        BigDecimal disposed = treated(MethodKind.INCINERATION).add(treated(MethodKind.CO_PROCESSING))
                .add(treated(MethodKind.LANDFILL)).add(treated(MethodKind.OTHER_DISPOSAL));
        BigDecimal treatedTotal = utilized.add(disposed);
        List<MethodShare> mix = new ArrayList<>();
        for (MethodKind kind : MethodKind.values()) {
            if (kind.isFinal()) {
                mix.add(new MethodShare(kind.name(), kind.labelZh(), tonnes(treated(kind)),
                        ratio(treated(kind), treatedTotal)));
            }
        }
        return new IndicatorFigures(view == IndicatorView.ORIGIN ? tonnes(entered) : null, tonnes(received),
                tonnes(stockCarriedIn), tonnes(utilized), tonnes(treated(MethodKind.INCINERATION)),
                tonnes(treated(MethodKind.CO_PROCESSING)), tonnes(treated(MethodKind.LANDFILL)),
                tonnes(treated(MethodKind.OTHER_DISPOSAL)), tonnes(disposed), tonnes(inStorageAtEnd),
                ratio(treatedTotal, entered.add(stockCarriedIn)), ratio(treated(MethodKind.LANDFILL), treatedTotal),
                List.copyOf(mix), batchesLeftOut);
    }

    private BigDecimal treated(MethodKind kind) {
        return treated.getOrDefault(kind, BigDecimal.ZERO);
    }

    static String tonnes(BigDecimal value) {
        return value.setScale(TONNES_SCALE, RoundingMode.HALF_UP).toPlainString();
    }

    /** Computed from the exact sums, rounded once; null when the denominator is zero. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, RATE_SCALE, RoundingMode.HALF_UP);
    }
}
