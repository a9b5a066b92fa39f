package cn.haztrail.contract;

import cn.haztrail.report.api.AnnualReportAcknowledged;
import cn.haztrail.report.api.AnnualReportReturned;
import cn.haztrail.report.api.AnnualReportSubmitted;
import cn.haztrail.report.api.ReportFigures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Fixed examples of the annual report's events. */
final class ReportEventSamples {

    static final UUID REPORT = UUID.fromString("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");
    static final UUID HOLDER = UUID.fromString("7196e4a4-fc4c-3250-b037-02618d373ba5");

    private ReportEventSamples() {
    }

    static List<Object> all() {
        ReportFigures figures = new ReportFigures(new BigDecimal("14.000"), new BigDecimal("3.000"),
                new BigDecimal("6.000"), new BigDecimal("0.000"), new BigDecimal("5.000"), new BigDecimal("0.000"),
                List.of(new ReportFigures.Received("HW08", "R9", new BigDecimal("8.000")),
                        new ReportFigures.Received("HW17", "D10", new BigDecimal("6.000"))),
                List.of(new ReportFigures.Treated("HW08", "R9", "UTILIZATION", new BigDecimal("3.000")),
                        new ReportFigures.Treated("HW17", "D10", "INCINERATION", new BigDecimal("6.000"))),
                List.of(new ReportFigures.Stock("HW08", new BigDecimal("0.000"), new BigDecimal("5.000"))),
                List.of(new ReportFigures.LicenceUse("赣危废经字第360200001号", new BigDecimal("100"),
                        new BigDecimal("14.000"), new BigDecimal("14.0"))),
                List.of(new ReportFigures.LineUse("赣危废经字第360200001号", "HW08", List.of("D10", "R9"),
                                new BigDecimal("40"), new BigDecimal("8.000"), new BigDecimal("20.0")),
                        new ReportFigures.LineUse("赣危废经字第360200001号", "HW17", List.of("D10"), null,
                                new BigDecimal("6.000"), null)));
        return List.of(
                new AnnualReportSubmitted(REPORT, HOLDER, 2026, 1, figures, Instant.parse("2027-03-02T02:00:00Z"),
                        LocalDate.of(2027, 3, 31), false),
                new AnnualReportReturned(REPORT, HOLDER, 2026, 1, List.of("HW08 利用量与台账不符，请核对"),
                        Instant.parse("2027-03-05T06:00:00Z")),
                new AnnualReportAcknowledged(REPORT, HOLDER, 2026, 2, Instant.parse("2027-03-20T03:00:00Z")));
    }
}
