package cn.haztrail.oversight.indicators;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The measures of one rollup row, or a change to them; exact decimals, counts included. */
final class RollupAmounts {

    private final Map<RollupMeasure, BigDecimal> values = new EnumMap<>(RollupMeasure.class);

    RollupAmounts add(RollupMeasure measure, BigDecimal value) {
        if (value != null && value.signum() != 0) {
            values.merge(measure, value, BigDecimal::add);
        }
        return this;
    }

    RollupAmounts add(RollupAmounts other, int sign) {
        other.values.forEach((measure, value) -> add(measure, sign < 0 ? value.negate() : value));
        return this;
    }

    BigDecimal get(RollupMeasure measure) {
        return values.getOrDefault(measure, BigDecimal.ZERO);
    }

    long count(RollupMeasure measure) {
        return get(measure).longValueExact();
    }

    boolean isZero() {
        return values.values().stream().allMatch(value -> value.signum() == 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RollupAmounts amounts && signed().equals(amounts.signed());
    }

    @Override
    public int hashCode() {
        return signed().hashCode();
    }

    @Override
    public String toString() {
        return signed().toString();
    }

    /** The non-zero values, scale-free, so that 1.50 and 1.5 compare equal. */
    private Map<RollupMeasure, BigDecimal> signed() {
        Map<RollupMeasure, BigDecimal> nonZero = new EnumMap<>(RollupMeasure.class);
        values.forEach((measure, value) -> {
            if (value.signum() != 0) {
                nonZero.put(measure, value.stripTrailingZeros());
            }
        });
        return nonZero;
    }
}
