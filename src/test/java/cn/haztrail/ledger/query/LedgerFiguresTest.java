package cn.haztrail.ledger.query;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's lines, registers and period summaries against the hand-computed {@link LedgerScenario}: the events
 * are handed to the projection as the oversight processor would hand them over.
 */
@IntegrationTest
class LedgerFiguresTest {

    private static final LocalDate JAN_1 = LocalDate.parse("2026-01-01");
    private static final LocalDate FEB_28 = LocalDate.parse("2026-02-28");

    @Autowired
    LedgerProjection projection;
    @Autowired
    LedgerLines lines;
    @Autowired
    LedgerSummaries summaries;

    @Test
    void monthly_summaries_of_the_producer_follow_generation_shipment_and_own_utilization() {
        LedgerScenario s = scenario();

        assertThat(summaries.summarize(s.producer, SummaryGrain.MONTH, JAN_1, FEB_28)).map(LedgerFiguresTest::figures)
                .containsExactly(
                        // 1000 + 500 generated, A's 1000 shipped, 500 left
                        "2026-01 2026-01-01..2026-01-31 gen 1.500 shipped 1.000 carried 0.000 received 0.000 "
                                + "done 0.000 {} stored 0.500",
                        // C (00:30 on 1 Feb in Shanghai) 200 generated and used by P itself: 500 left
                        "2026-02 2026-02-01..2026-02-28 gen 0.200 shipped 0.000 carried 0.000 received 0.000 "
                                + "done 0.200 {R4=0.200} stored 0.500");
    }

    @Test
    void monthly_summaries_of_the_facility_count_the_weighed_receipt_and_its_disposal_per_method() {
        LedgerScenario s = scenario();

        assertThat(summaries.summarize(s.facility, SummaryGrain.MONTH, JAN_1, FEB_28)).map(LedgerFiguresTest::figures)
                .containsExactly(
                        "2026-01 2026-01-01..2026-01-31 gen 0.000 shipped 0.000 carried 0.000 received 0.800 "
                                + "done 0.000 {} stored 0.800",
                        "2026-02 2026-02-01..2026-02-28 gen 0.000 shipped 0.000 carried 0.000 received 0.000 "
                                + "done 0.800 {D10=0.800} stored 0.000");
    }

    @Test
    void quarterly_and_yearly_summaries_add_up_the_months() {
        LedgerScenario s = scenario();

        assertThat(summaries.summarize(s.producer, SummaryGrain.QUARTER, JAN_1, LocalDate.parse("2026-06-30")))
                .map(LedgerFiguresTest::figures).containsExactly(
                        "2026-Q1 2026-01-01..2026-03-31 gen 1.700 shipped 1.000 carried 0.000 received 0.000 "
                                + "done 0.200 {R4=0.200} stored 0.500",
                        "2026-Q2 2026-04-01..2026-06-30 gen 0.000 shipped 0.000 carried 0.000 received 0.000 "
                                + "done 0.000 {} stored 0.500");
        assertThat(summaries.summarize(s.carrier, SummaryGrain.YEAR, JAN_1, JAN_1)).map(LedgerFiguresTest::figures)
                .containsExactly("2026 2026-01-01..2026-12-31 gen 0.000 shipped 0.000 carried 1.000 received 0.000 "
                        + "done 0.000 {} stored 0.000");
    }

    @Test
    void stock_at_the_end_counts_everything_before_the_first_period_asked() {
        LedgerScenario s = scenario();

        assertThat(summaries.summarize(s.producer, SummaryGrain.MONTH, LocalDate.parse("2026-03-15"),
                LocalDate.parse("2026-03-15"))).map(LedgerFiguresTest::figures).containsExactly(
                "2026-03 2026-03-01..2026-03-31 gen 0.000 shipped 0.000 carried 0.000 received 0.000 done 0.000 {} "
                        + "stored 0.500");
    }

    @Test
    void each_register_shows_its_movement_with_the_counterparty_and_the_reference_of_the_person_responsible() {
        LedgerScenario s = scenario();

        assertThat(register(s.producer, null)).containsExactly(
                "GENERATED " + s.a + " 1000.0000 kg 1.0000000 DRUM 5 危废暂存间A区 null null " + s.producerAccount,
                "GENERATED " + s.b + " 500.0000 kg 0.5000000 DRUM 2 危废暂存间A区 null null " + s.producerAccount,
                "SHIPPED " + s.a + " 1000.0000 kg 1.0000000 DRUM 5 null null " + s.facility + " "
                        + lines.page(new LedgerFilter(s.producer, Register.OUTGOING, null, null, null, null), 0, 1)
                        .get(0).responsibleRef(),
                "GENERATED " + s.c + " 200.0000 kg 0.2000000 DRUM 1 危废暂存间A区 null null " + s.producerAccount,
                "DISPOSED " + s.c + " 200.0000 kg 0.2000000 null null null R4 " + s.producer + " "
                        + s.producerAccount);
        assertThat(register(s.facility, Register.INCOMING)).containsExactly(
                "RECEIVED " + s.a + " 800.0000 kg 0.8000000 DRUM 5 null D10 " + s.producer + " " + s.facilityAccount);
        assertThat(register(s.facility, Register.MANAGED)).containsExactly(
                "DISPOSED " + s.a + " 800.0000 kg 0.8000000 null null null D10 " + s.producer + " " + s.facilityAccount);
        assertThat(register(s.carrier, Register.TRANSPORTED)).containsExactly(
                "TRANSPORTED " + s.a + " 1000.0000 kg 1.0000000 DRUM 5 null null " + s.producer + " " + s.driver);
        assertThat(lines.page(new LedgerFilter(s.facility, Register.INCOMING, null, null, null, null), 0, 1).get(0)
                .manifestNumber()).isEqualTo("36020026000001");
    }

    @Test
    void registers_filter_by_period_waste_code_and_counterparty_and_page() {
        LedgerScenario s = scenario();

        assertThat(lines.count(new LedgerFilter(s.producer, null, LocalDate.parse("2026-01-15"),
                LocalDate.parse("2026-01-31"), null, null))).isEqualTo(2);
        assertThat(lines.count(new LedgerFilter(s.producer, null, null, null, "900-041-49", null))).isZero();
        assertThat(lines.count(new LedgerFilter(s.producer, null, null, null, "900-249-08", s.facility))).isEqualTo(1);
        assertThat(lines.page(new LedgerFilter(s.producer, null, null, null, null, null), 1, 2))
                .map(line -> line.movement() + " " + line.batchId())
                .containsExactly("SHIPPED " + s.a, "GENERATED " + s.c);
    }

    @Test
    void waste_refused_at_receipt_and_returned_is_back_in_the_producers_storage_and_never_in_the_facilitys() {
        LedgerScenario s = new LedgerScenario();
        s.refusedAndReturned(projection);

        assertThat(summaries.summarize(s.producer, SummaryGrain.MONTH, LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-01"))).map(LedgerFiguresTest::figures).containsExactly(
                "2026-03 2026-03-01..2026-03-31 gen 0.300 shipped 0.300 carried 0.000 received 0.300 done 0.000 {} "
                        + "stored 0.300");
        assertThat(lines.count(new LedgerFilter(s.facility, null, null, null, null, null))).isZero();
        assertThat(lines.count(new LedgerFilter(s.carrier, Register.TRANSPORTED, null, null, null, null)))
                .isEqualTo(2);
    }

    @Test
    void a_redelivered_event_adds_no_line() {
        LedgerScenario s = scenario();

        s.batchEvents(projection);
        s.manifestEvents(projection);

        assertThat(lines.count(new LedgerFilter(s.producer, null, null, null, null, null))).isEqualTo(5);
        assertThat(lines.count(new LedgerFilter(s.facility, null, null, null, null, null))).isEqualTo(2);
        assertThat(lines.count(new LedgerFilter(s.carrier, null, null, null, null, null))).isEqualTo(1);
    }

    @Test
    void the_figures_do_not_depend_on_the_order_between_the_batch_and_the_manifest_streams() {
        LedgerScenario first = new LedgerScenario();
        first.batchEvents(projection);
        first.manifestEvents(projection);
        LedgerScenario second = new LedgerScenario();
        second.manifestEvents(projection);
        second.batchEvents(projection);

        for (UUID[] pair : List.of(new UUID[]{first.producer, second.producer},
                new UUID[]{first.facility, second.facility}, new UUID[]{first.carrier, second.carrier})) {
            assertThat(summaries.summarize(pair[1], SummaryGrain.MONTH, JAN_1, FEB_28)).map(LedgerFiguresTest::figures)
                    .containsExactlyElementsOf(summaries.summarize(pair[0], SummaryGrain.MONTH, JAN_1, FEB_28)
                            .stream().map(LedgerFiguresTest::figures).toList());
        }
    }

    private LedgerScenario scenario() {
        LedgerScenario s = new LedgerScenario();
        s.batchEvents(projection);
        s.manifestEvents(projection);
        return s;
    }

    private List<String> register(UUID enterprise, Register register) {
        return lines.page(new LedgerFilter(enterprise, register, null, null, null, null), 0, 50).stream()
                .map(line -> line.movement() + " " + line.batchId() + " " + line.quantityValue() + " "
                        + line.quantityUnit() + " " + line.tonnes() + " " + line.packagingType() + " "
                        + line.containers() + " " + line.storageLocation() + " " + line.methodCode() + " "
                        + line.counterpartyId() + " " + line.responsibleRef()).toList();
    }

    private static String figures(PeriodSummary p) {
        Map<String, java.math.BigDecimal> methods = p.byMethod();
        return p.period() + " " + p.from() + ".." + p.to() + " gen " + p.generated() + " shipped " + p.shipped()
                + " carried " + p.transported() + " received " + p.received() + " done " + p.utilizedOrDisposed()
                + " " + methods + " stored " + p.storedAtEnd();
    }
}
