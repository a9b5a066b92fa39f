package cn.haztrail.report.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the report rounds: tonnes to three decimals (a kilogram), shares of a capacity to one decimal of a percent. */
final class Tonnes {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(3);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Tonnes() {
    }

    static BigDecimal rounded(BigDecimal tonnes) {
        return tonnes == null ? ZERO : tonnes.setScale(3, RoundingMode.HALF_UP);
    }

    /** {@code part} as a percentage of {@code whole}; null when there is no whole to measure against. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
