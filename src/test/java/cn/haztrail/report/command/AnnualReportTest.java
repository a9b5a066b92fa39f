package cn.haztrail.report.command;

import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.report.api.AcknowledgeAnnualReport;
import cn.haztrail.report.api.AnnualReportAcknowledged;
import cn.haztrail.report.api.AnnualReportReturned;
import cn.haztrail.report.api.AnnualReportSubmitted;
import cn.haztrail.report.api.ReportFigures;
import cn.haztrail.report.api.ReturnAnnualReport;
import cn.haztrail.report.api.SubmitAnnualReport;
import cn.haztrail.shared.domain.CommandRefused;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The order of an annual report's steps (R33) and its due date (R34), one stream per holder and year. */
class AnnualReportTest {

    private static final UUID REPORT = UUID.fromString("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");
    private static final UUID HOLDER = UUID.fromString("7196e4a4-fc4c-3250-b037-02618d373ba5");
    private static final BigDecimal ZERO = new BigDecimal("0.000");
    private static final ReportFigures FIGURES = new ReportFigures(ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, List.of(),
            List.of(), List.of(), List.of(), List.of());
    /** 31 March 2027 23:30 in Shanghai: still on time. */
    private static final Instant LAST_DAY = Instant.parse("2027-03-31T15:30:00Z");
    /** 1 April 2027 00:30 in Shanghai: late. */
    private static final Instant DAY_AFTER = Instant.parse("2027-03-31T16:30:00Z");

    private AggregateTestFixture<AnnualReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnnualReport.class);
        fixture.registerInjectableResource(new ReportDueDates(new ZoneProperties(ZoneId.of("Asia/Shanghai"))));
    }

    @Test
    void R34_a_report_submitted_on_31_march_in_shanghai_is_on_time() {
        fixture.givenNoPriorActivity()
                .when(new SubmitAnnualReport(REPORT, HOLDER, 2026, FIGURES, LAST_DAY))
                .expectEvents(new AnnualReportSubmitted(REPORT, HOLDER, 2026, 1, FIGURES, LAST_DAY,
                        LocalDate.of(2027, 3, 31), false));
    }

    @Test
    void R34_a_report_submitted_on_1_april_in_shanghai_is_recorded_as_late() {
        fixture.givenNoPriorActivity()
                .when(new SubmitAnnualReport(REPORT, HOLDER, 2026, FIGURES, DAY_AFTER))
                .expectEvents(new AnnualReportSubmitted(REPORT, HOLDER, 2026, 1, FIGURES, DAY_AFTER,
                        LocalDate.of(2027, 3, 31), true));
    }

    @Test
    void R34_a_report_is_refused_before_its_year_is_over_in_shanghai() {
        fixture.givenNoPriorActivity()
                .when(new SubmitAnnualReport(REPORT, HOLDER, 2026, FIGURES, Instant.parse("2026-12-31T15:59:00Z")))
                .expectException(CommandRefused.class).expectNoEvents();
    }

    @Test
    void R33_a_returned_report_is_submitted_again_as_the_next_version() {
        fixture.given(submitted(1), new AnnualReportReturned(REPORT, HOLDER, 2026, 1, List.of("请核对"), LAST_DAY))
                .when(new SubmitAnnualReport(REPORT, HOLDER, 2026, FIGURES, DAY_AFTER))
                .expectEvents(new AnnualReportSubmitted(REPORT, HOLDER, 2026, 2, FIGURES, DAY_AFTER,
                        LocalDate.of(2027, 3, 31), true));
    }

    @Test
    void R33_a_report_awaiting_the_regulator_is_not_submitted_again() {
        fixture.given(submitted(1))
                .when(new SubmitAnnualReport(REPORT, HOLDER, 2026, FIGURES, DAY_AFTER))
                .expectException(CommandRefused.class).expectNoEvents();
    }

    @Test
    void R33_the_regulator_acknowledges_the_version_awaiting_it_only() {
        fixture.given(submitted(1))
                .when(new AcknowledgeAnnualReport(REPORT, 1, DAY_AFTER))
                .expectEvents(new AnnualReportAcknowledged(REPORT, HOLDER, 2026, 1, DAY_AFTER));
        fixture.given(submitted(1))
                .when(new AcknowledgeAnnualReport(REPORT, 2, DAY_AFTER))
                .expectException(CommandRefused.class).expectNoEvents();
    }

    @Test
    void R33_a_return_without_a_reason_is_refused() {
        fixture.given(submitted(1))
                .when(new ReturnAnnualReport(REPORT, 1, List.of(" "), DAY_AFTER))
                .expectException(CommandRefused.class).expectNoEvents();
    }

    private static AnnualReportSubmitted submitted(int version) {
        return new AnnualReportSubmitted(REPORT, HOLDER, 2026, version, FIGURES, LAST_DAY, LocalDate.of(2027, 3, 31),
                false);
    }
}
