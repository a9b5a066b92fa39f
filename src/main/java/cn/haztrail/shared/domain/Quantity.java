package cn.haztrail.shared.domain;

import java.math.BigDecimal;

/**
 * An exact quantity with its unit (never a float). Receivers weigh what they accept, so accepted and disposed
 * quantities are masses; a declared quantity may also be a volume.
 */
public record Quantity(BigDecimal value, QuantityUnit unit) {

    public boolean hasMass() {
        return unit == QuantityUnit.KG || unit == QuantityUnit.T;
    }

    /** The mass in tonnes, exact: kilograms only move the decimal point. */
    public BigDecimal tonnes() {
        return switch (unit) {
            case T -> value;
            case KG -> value.movePointLeft(3);
            default -> throw new IllegalStateException("a volume in " + unit.symbol() + " has no mass");
        };
    }

    public static Quantity kg(String value) {
        return new Quantity(new BigDecimal(value), QuantityUnit.KG);
    }

    public static Quantity tonnes(String value) {
        return new Quantity(new BigDecimal(value), QuantityUnit.T);
    }
}
