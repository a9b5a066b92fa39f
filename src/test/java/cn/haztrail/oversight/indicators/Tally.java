package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.MethodKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The indicator arithmetic of DOMAIN.md for one region, period and view, batch by batch: how the indicators were
 * computed before the rollups, kept as the reference that the rollups must equal (IndicatorRollupsPropertyTest). A batch enters the view's
 * stock on the day it was generated (origin view, declared tonnes) or accepted (facility view, accepted tonnes) and
 * leaves it on the day it is utilized or disposed of (treated tonnes); storage and collection codes do not take it
 * out. Hence:
 * <ul>
 * <li>stock carried in = entered before {@code from} and not treated before {@code from};</li>
 * <li>generated (origin) or received (facility) = entered in the period;</li>
 * <li>treated by kind = treated in the period; co-processing counts as disposal;</li>
 * <li>in storage at period end = entered by {@code to} and not treated by {@code to};</li>
 * <li>rate = (utilized + disposed) / (entered in the period + stock carried in);
 *     landfill share = landfilled / (utilized + disposed); null when the denominator is zero.</li>
 * </ul>
 * Origin-view batches declared as a volume have no mass: they are left out of every sum and only counted.
 */
final class Tally {

    private final Period period;
    private final IndicatorView view;
    private BigDecimal entered = BigDecimal.ZERO;
    private BigDecimal received = BigDecimal.ZERO;
    private BigDecimal stockCarriedIn = BigDecimal.ZERO;
    private BigDecimal inStorageAtEnd = BigDecimal.ZERO;
    private final Map<MethodKind, BigDecimal> treated = new EnumMap<>(MethodKind.class);
    private int batchesLeftOut;

    Tally(Period period, IndicatorView view) {
        this.period = period;
        this.view = view;
    }

    void add(FactRow row) {
        LocalDate enteredOn = view == IndicatorView.ORIGIN ? row.generatedOn() : row.receivedOn();
        if (enteredOn == null || enteredOn.isAfter(period.to()) || row.treatedBy(period.dayBefore())) {
            return;
        }
        BigDecimal tonnes = view == IndicatorView.ORIGIN ? row.generatedTonnes() : row.acceptedTonnes();
        if (tonnes == null) {
            batchesLeftOut++;
            return;
        }
        if (enteredOn.isBefore(period.from())) {
            stockCarriedIn = stockCarriedIn.add(tonnes);
        } else {
            entered = entered.add(tonnes);
        }
        if (period.contains(row.receivedOn()) && row.acceptedTonnes() != null) {
            received = received.add(row.acceptedTonnes());
        }
        if (row.treatedBy(period.to())) {
            if (row.disposedTonnes() != null) {
                treated.merge(row.methodKind(), row.disposedTonnes(), BigDecimal::add);
            }
        } else {
            inStorageAtEnd = inStorageAtEnd.add(tonnes);
        }
    }

    IndicatorFigures figures() {
        return new IndicatorSums(entered, received, stockCarriedIn, inStorageAtEnd, treated, batchesLeftOut)
                .figures(view);
    }
}
