package cn.haztrail.report.query;

import cn.haztrail.report.api.ReportFigures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regulator sees a submitted report beside today's figures (R33): a disposal recorded after the submission (a
 * late entry) moves 5 t of HW17 from stock to D10, and exactly the figures it changes are flagged.
 */
class FigureDifferencesTest {

    @Test
    void R33_figures_changed_since_the_submission_are_flagged_and_equal_ones_are_not() {
        ReportFigures submitted = figures("0.000", "5.000", List.of());
        ReportFigures today = figures("5.000", "0.000",
                List.of(new ReportFigures.Treated("HW17", "D10", "INCINERATION", new BigDecimal("5.000"))));

        assertThat(FigureDifferences.between(submitted, today)).containsExactly(
                new FigureDifference("disposedTonnes", new BigDecimal("0.000"), new BigDecimal("5.000")),
                new FigureDifference("storedAtEndTonnes", new BigDecimal("5.000"), new BigDecimal("0.000")),
                new FigureDifference("stock[HW17].end", new BigDecimal("5.000"), new BigDecimal("0.000")),
                new FigureDifference("treated[HW17/D10]", null, new BigDecimal("5.000")));
        assertThat(FigureDifferences.between(submitted, figures("0", "5.0", List.of()))).isEmpty();
    }

    private static ReportFigures figures(String disposed, String storedAtEnd, List<ReportFigures.Treated> treated) {
        BigDecimal zero = new BigDecimal("0.000");
        return new ReportFigures(new BigDecimal("5.000"), zero, new BigDecimal(disposed), zero,
                new BigDecimal(storedAtEnd), zero,
                List.of(new ReportFigures.Received("HW17", "D10", new BigDecimal("5.000"))), treated,
                List.of(new ReportFigures.Stock("HW17", zero, new BigDecimal(storedAtEnd))),
                List.of(new ReportFigures.LicenceUse("L1", new BigDecimal("60"), new BigDecimal("5.000"),
                        new BigDecimal("8.3"))),
                List.of(new ReportFigures.LineUse("L1", "HW17", List.of("D10"), new BigDecimal("20"),
                        new BigDecimal("5.000"), new BigDecimal("25.0"))));
    }
}
