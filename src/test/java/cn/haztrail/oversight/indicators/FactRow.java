package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.MethodKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One batch as the indicator arithmetic sees it. Tonnes are null where the quantity had no mass (a declared volume);
 * the receipt and treatment fields are null until they happen.
 */
public record FactRow(String category, LocalDate generatedOn, BigDecimal generatedTonnes, LocalDate receivedOn,
                      BigDecimal acceptedTonnes, LocalDate disposedOn, BigDecimal disposedTonnes,
                      MethodKind methodKind) {

    /** Utilized or disposed of for good on or before {@code day}; storage and collection codes never count. */
    boolean treatedBy(LocalDate day) {
        return methodKind != null && methodKind.isFinal() && disposedOn != null && !disposedOn.isAfter(day);
    }
}
