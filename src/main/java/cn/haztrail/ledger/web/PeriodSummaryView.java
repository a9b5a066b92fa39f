package cn.haztrail.ledger.web;

import cn.haztrail.ledger.query.PeriodSummary;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

@Schema(name = "LedgerPeriodSummary", description = "One period of an enterprise's ledger, in tonnes, summed from "
        + "its lines")
public record PeriodSummaryView(
        @Schema(description = "2026-03, 2026-Q1 or 2026", example = "2026-Q1") String period,
        LocalDate from,
        @Schema(description = "The last day, included") LocalDate to,
        @Schema(example = "1.500") String generated,
        @Schema(description = "Shipped on manifests (out of storage)", example = "1.000") String shipped,
        @Schema(description = "Carried as a carrier", example = "0.000") String transported,
        @Schema(description = "Accepted into storage, as weighed", example = "0.000") String received,
        @Schema(description = "Utilized or disposed of, all methods", example = "0.000") String utilizedOrDisposed,
        @Schema(description = "Utilized or disposed of, per method code", example = "{\"D10\": \"0.800\"}")
        Map<String, String> byMethod,
        @Schema(description = "In storage at the end of the period, everything before it counted",
                example = "0.500") String storedAtEnd,
        @Schema(description = "Lines declared without mass (L, m3): counted here, in no figure", example = "0")
        long linesWithoutMass) {

    static PeriodSummaryView of(PeriodSummary summary) {
        Map<String, String> methods = new LinkedHashMap<>();
        summary.byMethod().forEach((code, tonnes) -> methods.put(code, tonnes.toPlainString()));
        return new PeriodSummaryView(summary.period(), summary.from(), summary.to(),
                summary.generated().toPlainString(), summary.shipped().toPlainString(),
                summary.transported().toPlainString(), summary.received().toPlainString(),
                summary.utilizedOrDisposed().toPlainString(), methods, summary.storedAtEnd().toPlainString(),
                summary.linesWithoutMass());
    }
}
