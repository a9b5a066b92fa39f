package cn.haztrail.report.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of a licence holder's annual report (经营情况年报, R33), all derived from the custody events of the
 * year (Asia/Shanghai days): tonnes received per waste category and method stated at receipt; stock at the start and
 * the end of the year; tonnes utilized and disposed of per category and method; and the accepted tonnes counted
 * against each licence and licence line's annual capacity (R04). Tonnes have three decimals, shares one.
 */
public record ReportFigures(BigDecimal receivedTonnes, BigDecimal utilizedTonnes, BigDecimal disposedTonnes,
                            BigDecimal storedAtStartTonnes, BigDecimal storedAtEndTonnes,
                            BigDecimal outsideLicenceTonnes,
                            List<Received> received, List<Treated> treated, List<Stock> stock,
                            List<LicenceUse> licenceUse, List<LineUse> lineUse) {

    public ReportFigures {
        received = List.copyOf(received);
        treated = List.copyOf(treated);
        stock = List.copyOf(stock);
        licenceUse = List.copyOf(licenceUse);
        lineUse = List.copyOf(lineUse);
    }

    /** Accepted tonnes of a category received for a method (the method the receiver stated per line). */
    public record Received(String category, String methodCode, BigDecimal tonnes) {
    }

    /** Tonnes of a category utilized or disposed of by a method; {@code kind} is the method's kind (MethodKind). */
    public record Treated(String category, String methodCode, String kind, BigDecimal tonnes) {
    }

    /** Accepted tonnes of a category in the holder's storage at the start (1 January) and end (31 December). */
    public record Stock(String category, BigDecimal startTonnes, BigDecimal endTonnes) {
    }

    /** Accepted tonnes counted against a licence's total annual capacity; {@code usePercent} of it. */
    public record LicenceUse(String licenceNumber, BigDecimal annualCapacityTonnes, BigDecimal acceptedTonnes,
                             BigDecimal usePercent) {
    }

    /**
     * Accepted tonnes counted against one licence line ({@code scope}: HW08 or 900-249-08); capacity and share null
     * when the line states no capacity of its own.
     */
    public record LineUse(String licenceNumber, String scope, List<String> methods, BigDecimal annualCapacityTonnes,
                          BigDecimal acceptedTonnes, BigDecimal usePercent) {

        public LineUse {
            methods = List.copyOf(methods);
        }
    }
}
