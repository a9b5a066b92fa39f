package cn.haztrail.batch.command;

import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.i18n.Translatable;

/** Checks on the quantities a batch carries: positive, with a unit, at most 3 decimals (the read model's scale). */
final class Quantities {

    static final int MAX_SCALE = 3;

    private Quantities() {
    }

    static void requirePositive(Quantity quantity, String rule, String field) {
        if (quantity == null || quantity.value() == null || quantity.unit() == null) {
            throw CommandRefused.ruleViolated(rule, field, Translatable.of("refused.batch.quantity-incomplete"));
        }
        if (quantity.value().signum() <= 0) {
            throw CommandRefused.ruleViolated(rule, field, Translatable.of("refused.batch.quantity-not-positive"));
        }
        if (quantity.value().stripTrailingZeros().scale() > MAX_SCALE) {
            throw CommandRefused.ruleViolated(rule, field,
                    Translatable.of("refused.batch.quantity-too-precise", MAX_SCALE));
        }
    }

    /** Receivers weigh what they accept and treat: kilograms or tonnes. */
    static void requirePositiveMass(Quantity quantity, String rule, String field) {
        requirePositive(quantity, rule, field);
        if (!quantity.hasMass()) {
            throw CommandRefused.ruleViolated(rule, field,
                    Translatable.of("refused.batch.quantity-not-a-mass", quantity.unit().symbol()));
        }
    }
}
