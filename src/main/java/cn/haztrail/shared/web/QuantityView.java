package cn.haztrail.shared.web;

import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** A quantity on the wire: an exact decimal and a unit symbol, never a float. */
@Schema(description = "An exact quantity: decimal value and unit (kg, t, L or m3)")
public record QuantityView(
        @NotNull @DecimalMin(value = "0.001") @Digits(integer = 15, fraction = 3)
        @Schema(example = "1200.5") BigDecimal value,
        @NotNull @Pattern(regexp = "kg|t|L|m3", message = "must be kg, t, L or m3") @Schema(example = "kg") String unit) {

    public static QuantityView of(Quantity quantity) {
        return quantity == null ? null : new QuantityView(quantity.value(), quantity.unit().symbol());
    }

    public Quantity toQuantity() {
        return new Quantity(value, QuantityUnit.ofSymbol(unit));
    }
}
