package cn.haztrail.shared.web;

import cn.haztrail.shared.domain.Quantity;
import io.swagger.v3.oas.annotations.media.Schema;

/** A quantity on the wire: the exact decimal as a string and the unit's symbol, never a float. */
@Schema(description = "An exact quantity")
public record QuantityView(@Schema(example = "1250.500") String value,
                           @Schema(example = "kg", allowableValues = {"kg", "t", "L", "m3"}) String unit) {

    public static QuantityView of(Quantity quantity) {
        return quantity == null ? null
                : new QuantityView(quantity.value().toPlainString(), quantity.unit().symbol());
    }
}
