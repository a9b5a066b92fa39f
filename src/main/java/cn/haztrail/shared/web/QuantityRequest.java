package cn.haztrail.shared.web;

import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/**
 * A quantity as clients send it: the value as a decimal string or a JSON number (read exactly, never through a
 * float) with at most 3 decimals, and the unit's symbol. Whether it is positive is the domain's rule (R06, R19).
 */
@Schema(description = "An exact quantity: value as a decimal string or number, unit kg, t, L or m3")
public record QuantityRequest(
        // At most 12 integer digits: under a trillion kg or t is far above any real batch, receipt or cap, so 1e13
        // is a typo or an attack. The bounds repeat what @Digits says: Hibernate Validator's @Digits overflows on
        // exponents like 1E+2147483647 and lets them through.
        @NotNull @Digits(integer = 12, fraction = 3)
        @DecimalMin("-999999999999.999") @DecimalMax("999999999999.999")
        @Schema(type = "string", example = "1250.5", description = "Decimal string or number, at most 3 decimals")
        BigDecimal value,
        @NotNull @Pattern(regexp = "kg|t|L|m3", message = "must be one of kg, t, L, m3")
        @Schema(example = "kg", allowableValues = {"kg", "t", "L", "m3"}) String unit) {

    public Quantity toQuantity() {
        return new Quantity(value, QuantityUnit.ofSymbol(unit));
    }
}
