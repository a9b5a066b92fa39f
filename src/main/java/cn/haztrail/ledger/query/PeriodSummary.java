package cn.haztrail.ledger.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One period of an enterprise's ledger, in tonnes: what was generated, shipped, carried, received and utilized or
 * disposed of (per method code), and what was in storage at the end (everything before the period counted too).
 * Lines declared without mass (litres, m3) are counted apart, never converted.
 */
public record PeriodSummary(String period, LocalDate from, LocalDate to, BigDecimal generated, BigDecimal shipped,
                            BigDecimal transported, BigDecimal received, BigDecimal utilizedOrDisposed,
                            Map<String, BigDecimal> byMethod, BigDecimal storedAtEnd, long linesWithoutMass) {
}
