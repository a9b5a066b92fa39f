package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.MethodKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator arithmetic of DOMAIN.md, checked against figures worked out by hand for March 2026. Origin view:
 * <pre>
 * batch  generated        treated                    in the period
 * A      10 Feb  2.000 t  5 Mar  D10     1.900 t     stock carried in 2.000, incinerated 1.900
 * B       2 Mar  3.000 t  20 Mar R9      3.000 t     generated 3.000, utilized 3.000
 * C      10 Mar  1.500 t  25 Mar C1      1.500 t     generated 1.500, co-processed 1.500
 * D      15 Mar  0.500 t  28 Mar D1      0.500 t     generated 0.500, landfilled 0.500
 * E      20 Mar  1.000 t  30 Mar HTS1    1.000 t     generated 1.000, still in stock at the end
 * F       5 Jan  4.000 t  20 Feb D10     4.000 t     nothing: treated before the period
 * G      31 Mar  0.250 t  -                          generated 0.250, in stock at the end
 * H       5 Mar  2.000 t  2 Apr  D10     2.000 t     generated 2.000, in stock at the end
 * I       1 Apr  9.000 t  -                          nothing: generated after the period
 * generated 8.250, stock carried in 2.000, treated 6.900 (disposed 3.900), in storage at end 3.250
 * rate = 6.900 / (8.250 + 2.000) = 0.67317 → 0.6732; landfill share = 0.500 / 6.900 = 0.07246 → 0.0725
 * </pre>
 */
class TallyTest {

    private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static FactRow row(String category, LocalDate generatedOn, String generated, LocalDate disposedOn,
                               String treated, MethodKind kind) {
        return new FactRow(category, generatedOn, generated == null ? null : new BigDecimal(generated),
                disposedOn == null ? null : generatedOn.plusDays(1), generated == null ? null : new BigDecimal(generated),
                disposedOn, treated == null ? null : new BigDecimal(treated), kind);
    }

    private static final FactRow A = row("HW08", LocalDate.of(2026, 2, 10), "2.000", march(5), "1.900",
            MethodKind.INCINERATION);
    private static final FactRow B = row("HW08", march(2), "3.000", march(20), "3.000", MethodKind.UTILIZATION);
    private static final FactRow C = row("HW49", march(10), "1.500", march(25), "1.500", MethodKind.CO_PROCESSING);
    private static final FactRow D = row("HW49", march(15), "0.500", march(28), "0.500", MethodKind.LANDFILL);
    private static final FactRow E = row("HW08", march(20), "1.000", march(30), "1.000",
            MethodKind.STORAGE_COLLECTION);
    private static final FactRow F = row("HW08", LocalDate.of(2026, 1, 5), "4.000", LocalDate.of(2026, 2, 20),
            "4.000", MethodKind.INCINERATION);
    private static final FactRow G = row("HW08", march(31), "0.250", null, null, null);
    private static final FactRow H = row("HW08", march(5), "2.000", LocalDate.of(2026, 4, 2), "2.000",
            MethodKind.INCINERATION);
    private static final FactRow I = row("HW08", LocalDate.of(2026, 4, 1), "9.000", null, null, null);

    private static IndicatorFigures origin(FactRow... rows) {
        Tally tally = new Tally(MARCH, IndicatorView.ORIGIN);
        List.of(rows).forEach(tally::add);
        return tally.figures();
    }

    @Test
    void stock_carried_in_is_generated_before_from_and_not_treated_before_from() {
        IndicatorFigures figures = origin(A, F, B);

        assertThat(figures.stockCarriedIn()).isEqualTo("2.000");
        assertThat(figures.generated()).isEqualTo("3.000");
    }

    @Test
    void in_storage_at_period_end_is_generated_by_to_and_not_treated_by_to() {
        IndicatorFigures figures = origin(A, B, C, D, E, F, G, H, I);

        assertThat(figures.inStorageAtEnd()).isEqualTo("3.250");
    }

    @Test
    void every_figure_of_the_worked_example() {
        IndicatorFigures figures = origin(A, B, C, D, E, F, G, H, I);

        assertThat(figures.generated()).isEqualTo("8.250");
        assertThat(figures.stockCarriedIn()).isEqualTo("2.000");
        assertThat(figures.utilized()).isEqualTo("3.000");
        assertThat(figures.incinerated()).isEqualTo("1.900");
        assertThat(figures.coProcessed()).isEqualTo("1.500");
        assertThat(figures.landfilled()).isEqualTo("0.500");
        assertThat(figures.otherDisposal()).isEqualTo("0.000");
        assertThat(figures.disposed()).isEqualTo("3.900");
        assertThat(figures.utilizationDisposalRate()).isEqualByComparingTo("0.6732");
        assertThat(figures.utilizationDisposalRate().scale()).isEqualTo(4);
        assertThat(figures.landfillShare()).isEqualByComparingTo("0.0725");
        assertThat(figures.batchesLeftOut()).isZero();
    }

    @Test
    void the_mix_by_method_kind_shares_the_treated_total() {
        IndicatorFigures figures = origin(A, B, C, D, E, F, G, H, I);

        assertThat(figures.mix()).extracting(MethodShare::kind).containsExactly("UTILIZATION", "INCINERATION",
                "CO_PROCESSING", "LANDFILL", "OTHER_DISPOSAL");
        // 3.0 / 6.9 = 0.43478; 1.9 / 6.9 = 0.27536; 1.5 / 6.9 = 0.21739; 0.5 / 6.9 = 0.07246
        assertThat(figures.mix()).extracting(MethodShare::share).map(BigDecimal::toPlainString)
                .containsExactly("0.4348", "0.2754", "0.2174", "0.0725", "0.0000");
    }

    @Test
    void co_processing_counts_as_disposal() {
        IndicatorFigures figures = origin(C);

        assertThat(figures.coProcessed()).isEqualTo("1.500");
        assertThat(figures.disposed()).isEqualTo("1.500");
        assertThat(figures.utilized()).isEqualTo("0.000");
        assertThat(figures.utilizationDisposalRate()).isEqualByComparingTo("1.0000");
        assertThat(figures.landfillShare()).isEqualByComparingTo("0.0000");
        assertThat(figures.inStorageAtEnd()).isEqualTo("0.000");
    }

    @Test
    void storage_codes_count_as_neither_utilization_nor_disposal_and_the_waste_stays_in_stock() {
        IndicatorFigures figures = origin(E);

        assertThat(figures.generated()).isEqualTo("1.000");
        assertThat(figures.utilized()).isEqualTo("0.000");
        assertThat(figures.disposed()).isEqualTo("0.000");
        assertThat(figures.inStorageAtEnd()).isEqualTo("1.000");
        assertThat(figures.utilizationDisposalRate()).isEqualByComparingTo("0.0000");
        assertThat(figures.landfillShare()).isNull();
    }

    @Test
    void stock_under_a_storage_code_from_earlier_periods_is_carried_in() {
        FactRow stored = row("HW08", LocalDate.of(2026, 1, 10), "2.500", LocalDate.of(2026, 2, 1), "2.500",
                MethodKind.STORAGE_COLLECTION);

        IndicatorFigures figures = origin(stored);

        assertThat(figures.stockCarriedIn()).isEqualTo("2.500");
        assertThat(figures.inStorageAtEnd()).isEqualTo("2.500");
    }

    @Test
    void zero_denominators_give_null_rates() {
        IndicatorFigures nothing = origin();

        assertThat(nothing.generated()).isEqualTo("0.000");
        assertThat(nothing.utilizationDisposalRate()).isNull();
        assertThat(nothing.landfillShare()).isNull();
        assertThat(nothing.mix()).extracting(MethodShare::share).containsOnlyNulls();
        assertThat(origin(F, I).utilizationDisposalRate()).isNull();
    }

    @Test
    void batches_declared_as_volumes_are_left_out_and_counted() {
        FactRow litres = new FactRow("HW08", march(3), null, march(4), new BigDecimal("0.800"), march(6),
                new BigDecimal("0.800"), MethodKind.INCINERATION);

        IndicatorFigures figures = origin(B, litres);

        assertThat(figures.generated()).isEqualTo("3.000");
        assertThat(figures.incinerated()).isEqualTo("0.000");
        assertThat(figures.batchesLeftOut()).isEqualTo(1);
        assertThat(figures.utilizationDisposalRate()).isEqualByComparingTo("1.0000");
    }

    @Test
    void the_facility_view_counts_accepted_tonnes_received_and_treated() {
        // received 28 Feb 1.000 t, incinerated 2 Mar 0.980 t: stock carried in 1.000, incinerated 0.980
        FactRow fromFebruary = new FactRow("HW08", LocalDate.of(2026, 2, 20), new BigDecimal("1.100"),
                LocalDate.of(2026, 2, 28), new BigDecimal("1.000"), march(2), new BigDecimal("0.980"),
                MethodKind.INCINERATION);
        // received 10 Mar 2.000 t, landfilled 12 Mar 2.000 t
        FactRow landfilled = new FactRow("HW17", march(1), new BigDecimal("2.100"), march(10),
                new BigDecimal("2.000"), march(12), new BigDecimal("2.000"), MethodKind.LANDFILL);
        // received 31 Mar 0.500 t, not treated yet
        FactRow waiting = new FactRow("HW08", march(30), new BigDecimal("0.500"), march(31),
                new BigDecimal("0.500"), null, null, null);
        Tally tally = new Tally(MARCH, IndicatorView.FACILITY);
        List.of(fromFebruary, landfilled, waiting, G).forEach(tally::add);

        IndicatorFigures figures = tally.figures();

        assertThat(figures.generated()).isNull();
        assertThat(figures.received()).isEqualTo("2.500");
        assertThat(figures.stockCarriedIn()).isEqualTo("1.000");
        assertThat(figures.incinerated()).isEqualTo("0.980");
        assertThat(figures.landfilled()).isEqualTo("2.000");
        assertThat(figures.inStorageAtEnd()).isEqualTo("0.500");
        // (0.980 + 2.000) / (2.500 + 1.000) = 0.85143; 2.000 / 2.980 = 0.67114
        assertThat(figures.utilizationDisposalRate()).isEqualByComparingTo("0.8514");
        assertThat(figures.landfillShare()).isEqualByComparingTo("0.6711");
    }

    @Test
    void sums_are_exact_and_rounded_once() {
        FactRow kilograms = row("HW08", march(2), "0.0004", march(3), "0.0004", MethodKind.UTILIZATION);

        IndicatorFigures figures = origin(kilograms, kilograms, kilograms);

        assertThat(figures.generated()).isEqualTo("0.001");
        assertThat(figures.utilizationDisposalRate()).isEqualByComparingTo("1.0000");
    }
}
