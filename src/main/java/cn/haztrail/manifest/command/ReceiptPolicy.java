package cn.haztrail.manifest.command;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * How far an accepted mass may differ from the declared one before it is a discrepancy (R17: 5 % by default,
 * {@code haztrail.receipt.quantity-tolerance}); any difference in the container count always is one.
 */
@Component
public class ReceiptPolicy {

    private final BigDecimal quantityTolerance;

    public ReceiptPolicy(@Value("${haztrail.receipt.quantity-tolerance:0.05}") BigDecimal quantityTolerance) {
        this.quantityTolerance = quantityTolerance;
    }

    public BigDecimal quantityTolerance() {
        return quantityTolerance;
    }
}
