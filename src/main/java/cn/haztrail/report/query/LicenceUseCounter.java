package cn.haztrail.report.query;

import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.query.LicenceLineView;
import cn.haztrail.registry.query.LicenceView;
import cn.haztrail.report.api.ReportFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a year's accepted tonnes against the holder's licences and licence lines as R04 does at receipt: a line
 * goes to the first licence (oldest first, then by number) valid on the day of receipt whose lines cover its code
 * and approve its method and that has room for it in its total and in such a line, there to the first such line with
 * room; when none has room, to the first covering licence's first such line (an overrun, as a confirmed receipt).
 * The report counts the calendar year's receipts against the annual capacities, whereas R04 counts licence years
 * from the licence's first day: for a licence valid from 1 January both are the same. Receipts in the order they
 * happened; a line a licence covers per R03 at receipt is never outside, unless the licence changed since.
 */
final class LicenceUseCounter {

    /** A receipt line of the year, in the order receipts happened. */
    record Receipt(String wasteCode, String methodCode, LocalDate receivedOn, BigDecimal tonnes) {
    }

    private final List<LicenceView> licences;
    private final Map<LicenceView, BigDecimal> byLicence = new LinkedHashMap<>();
    private final Map<LicenceView, Map<Integer, BigDecimal>> byLine = new LinkedHashMap<>();
    private BigDecimal outside = BigDecimal.ZERO;

    /** @param licences the holder's licences that were valid on some day of the year */
    LicenceUseCounter(List<LicenceView> licences) {
        this.licences = licences.stream().sorted(Comparator.comparing(LicenceView::validFrom)
                .thenComparing(LicenceView::number)).toList();
        this.licences.forEach(licence -> {
            byLicence.put(licence, BigDecimal.ZERO);
            byLine.put(licence, new LinkedHashMap<>());
        });
    }

    void count(Receipt receipt) {
        LicenceView first = null;
        for (LicenceView licence : licences) {
            if (receipt.receivedOn().isBefore(licence.validFrom()) || receipt.receivedOn().isAfter(licence.validTo())
                    || admitting(licence, receipt).isEmpty()) {
                continue;
            }
            first = first == null ? licence : first;
            boolean totalRoom = licence.annualCapacityTonnes() == null || licence.annualCapacityTonnes()
                    .subtract(byLicence.get(licence)).compareTo(receipt.tonnes()) >= 0;
            if (totalRoom && lineWithRoom(licence, receipt) != null) {
                put(licence, lineWithRoom(licence, receipt), receipt.tonnes());
                return;
            }
        }
        if (first == null) {
            outside = outside.add(receipt.tonnes());
        } else {
            put(first, admitting(first, receipt).get(0), receipt.tonnes());
        }
    }

    private Integer lineWithRoom(LicenceView licence, Receipt receipt) {
        Map<Integer, BigDecimal> used = byLine.get(licence);
        return admitting(licence, receipt).stream()
                .filter(i -> room(licence, i, used).compareTo(receipt.tonnes()) >= 0).findFirst().orElse(null);
    }

    private void put(LicenceView licence, int line, BigDecimal tonnes) {
        byLine.get(licence).merge(line, tonnes, BigDecimal::add);
        byLicence.merge(licence, tonnes, BigDecimal::add);
    }

    List<ReportFigures.LicenceUse> licenceUse() {
        return licences.stream().map(licence -> new ReportFigures.LicenceUse(licence.number(),
                licence.annualCapacityTonnes(), Tonnes.rounded(byLicence.get(licence)),
                Tonnes.percent(byLicence.get(licence), licence.annualCapacityTonnes()))).toList();
    }

    List<ReportFigures.LineUse> lineUse() {
        List<ReportFigures.LineUse> lines = new ArrayList<>();
        for (LicenceView licence : licences) {
            for (int i = 0; i < licence.lines().size(); i++) {
                LicenceLineView line = licence.lines().get(i);
                BigDecimal accepted = byLine.get(licence).getOrDefault(i, BigDecimal.ZERO);
                lines.add(new ReportFigures.LineUse(licence.number(), line.scope(), line.methods(),
                        line.annualCapacityTonnes(), Tonnes.rounded(accepted),
                        Tonnes.percent(accepted, line.annualCapacityTonnes())));
            }
        }
        return lines;
    }

    /** Accepted tonnes no licence of the year covered (an overrun of R03 the regulator saw at receipt). */
    BigDecimal outsideLicence() {
        return Tonnes.rounded(outside);
    }

    private static List<Integer> admitting(LicenceView licence, Receipt receipt) {
        List<Integer> admitting = new ArrayList<>();
        for (int i = 0; i < licence.lines().size(); i++) {
            if (asLine(licence.lines().get(i)).allows(receipt.wasteCode(), receipt.methodCode())) {
                admitting.add(i);
            }
        }
        return admitting;
    }

    private static BigDecimal room(LicenceView licence, int line, Map<Integer, BigDecimal> used) {
        BigDecimal capacity = licence.lines().get(line).annualCapacityTonnes();
        return capacity == null ? BigDecimal.valueOf(Long.MAX_VALUE)
                : capacity.subtract(used.getOrDefault(line, BigDecimal.ZERO));
    }

    private static LicenceLine asLine(LicenceLineView view) {
        return new LicenceLine(view.scope(), view.excludedCodes(), view.methods(), view.annualCapacityTonnes());
    }
}
