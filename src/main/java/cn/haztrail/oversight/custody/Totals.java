package cn.haztrail.oversight.custody;

import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Adds up the quantities of several lines exactly: in their unit when they share one, in tonnes when they are all
 * masses in different units. Volumes and masses do not add up, so such a mix has no total (null), nor has nothing.
 */
final class Totals {

    private Totals() {
    }

    static Quantity sum(Collection<Quantity> quantities) {
        List<Quantity> present = quantities.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        QuantityUnit unit = present.get(0).unit();
        if (present.stream().allMatch(q -> q.unit() == unit)) {
            return new Quantity(present.stream().map(Quantity::value).reduce(BigDecimal.ZERO, BigDecimal::add), unit);
        }
        if (present.stream().allMatch(Quantity::hasMass)) {
            return new Quantity(present.stream().map(Quantity::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add),
                    QuantityUnit.T);
        }
        return null;
    }
}
