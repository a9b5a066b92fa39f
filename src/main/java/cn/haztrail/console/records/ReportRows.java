package cn.haztrail.console.records;

import cn.haztrail.report.api.ReportFigures;
import cn.haztrail.report.query.AnnualReportView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The report's totals, as submitted beside as recomputed today, for the page to show side by side. */
record ReportRows(String figure, String submitted, String recomputed, boolean differs) {

    private static final List<Total> TOTALS = List.of(
            new Total("receivedTonnes", ReportFigures::receivedTonnes),
            new Total("utilizedTonnes", ReportFigures::utilizedTonnes),
            new Total("disposedTonnes", ReportFigures::disposedTonnes),
            new Total("storedAtStartTonnes", ReportFigures::storedAtStartTonnes),
            new Total("storedAtEndTonnes", ReportFigures::storedAtEndTonnes),
            new Total("outsideLicenceTonnes", ReportFigures::outsideLicenceTonnes));

    static List<ReportRows> of(AnnualReportView report) {
        return TOTALS.stream().map(total -> {
            BigDecimal submitted = report.submitted() == null ? null : total.value.apply(report.submitted());
            BigDecimal recomputed = total.value.apply(report.recomputed());
            return new ReportRows(total.name, tonnes(submitted), tonnes(recomputed), submitted != null
                    && !Objects.equals(submitted.stripTrailingZeros(), recomputed.stripTrailingZeros()));
        }).toList();
    }

    static String tonnes(BigDecimal value) {
        return value == null ? "–" : value.toPlainString() + " t";
    }

    private record Total(String name, Function<ReportFigures, BigDecimal> value) {
    }
}
