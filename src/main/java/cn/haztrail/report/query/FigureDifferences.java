package cn.haztrail.report.query;

import cn.haztrail.report.api.ReportFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Puts a submitted report beside today's draft (R33): both are flattened to named figures, and every figure whose
 * values differ (one missing counts as a difference unless the other is zero) is listed.
 */
final class FigureDifferences {

    private FigureDifferences() {
    }

    static List<FigureDifference> between(ReportFigures submitted, ReportFigures recomputed) {
        Map<String, BigDecimal> before = flatten(submitted);
        Map<String, BigDecimal> now = flatten(recomputed);
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(now.keySet());
        List<FigureDifference> differences = new ArrayList<>();
        for (String name : names) {
            BigDecimal a = before.get(name);
            BigDecimal b = now.get(name);
            if (!same(a, b)) {
                differences.add(new FigureDifference(name, a, b));
            }
        }
        return differences;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return Objects.requireNonNullElse(a, BigDecimal.ZERO).signum() == 0
                    && Objects.requireNonNullElse(b, BigDecimal.ZERO).signum() == 0;
        }
        return a.compareTo(b) == 0;
    }

    private static Map<String, BigDecimal> flatten(ReportFigures f) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("receivedTonnes", f.receivedTonnes());
        figures.put("utilizedTonnes", f.utilizedTonnes());
        figures.put("disposedTonnes", f.disposedTonnes());
        figures.put("storedAtStartTonnes", f.storedAtStartTonnes());
        figures.put("storedAtEndTonnes", f.storedAtEndTonnes());
        figures.put("outsideLicenceTonnes", f.outsideLicenceTonnes());
        f.received().forEach(r -> figures.put("received[" + r.category() + "/" + r.methodCode() + "]", r.tonnes()));
        f.treated().forEach(t -> figures.put("treated[" + t.category() + "/" + t.methodCode() + "]", t.tonnes()));
        f.stock().forEach(s -> {
            figures.put("stock[" + s.category() + "].start", s.startTonnes());
            figures.put("stock[" + s.category() + "].end", s.endTonnes());
        });
        f.licenceUse().forEach(l -> {
            figures.put("licenceUse[" + l.licenceNumber() + "].acceptedTonnes", l.acceptedTonnes());
            figures.put("licenceUse[" + l.licenceNumber() + "].annualCapacityTonnes", l.annualCapacityTonnes());
        });
        f.lineUse().forEach(l -> {
            String line = "lineUse[" + l.licenceNumber() + "/" + l.scope() + "]";
            figures.put(line + ".acceptedTonnes", l.acceptedTonnes());
            figures.put(line + ".annualCapacityTonnes", l.annualCapacityTonnes());
        });
        return figures;
    }
}
