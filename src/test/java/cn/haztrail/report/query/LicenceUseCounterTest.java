package cn.haztrail.report.query;

import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceStatus;
import cn.haztrail.registry.query.LicenceLineView;
import cn.haztrail.registry.query.LicenceView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity use is counted as R04 counts at receipt: a line whose first admitting licence line is full goes to the
 * next licence line admitting it. A licence with an exact-code line 900-249-08 (D10, 5 t) and a category line HW08
 * (D10, R9, 40 t): receipts of 4 t and 3 t of 900-249-08 by D10 put 4 t on the exact line and, with 1 t left there,
 * 3 t on the category line; 2 t of HW17 no line covers are outside the licence.
 */
class LicenceUseCounterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Test
    void R04_a_receipt_with_no_room_on_the_first_admitting_line_counts_on_the_next() {
        LicenceView licence = new LicenceView(UUID.randomUUID(), "L1", LicenceMode.COMPREHENSIVE, List.of(
                new LicenceLineView("900-249-08", List.of(), List.of("D10"), new BigDecimal("5")),
                new LicenceLineView("HW08", List.of(), List.of("D10", "R9"), new BigDecimal("40"))),
                new BigDecimal("60"), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), LicenceStatus.ACTIVE, null);
        LicenceUseCounter counter = new LicenceUseCounter(List.of(licence));

        counter.count(new LicenceUseCounter.Receipt("900-249-08", "D10", DAY, new BigDecimal("4")));
        counter.count(new LicenceUseCounter.Receipt("900-249-08", "D10", DAY, new BigDecimal("3")));
        counter.count(new LicenceUseCounter.Receipt("336-064-17", "D10", DAY, new BigDecimal("2")));

        assertThat(counter.lineUse()).extracting(line -> line.scope() + " " + line.acceptedTonnes() + " "
                + line.usePercent()).containsExactly("900-249-08 4.000 80.0", "HW08 3.000 7.5");
        assertThat(counter.licenceUse()).extracting(use -> use.acceptedTonnes() + " " + use.usePercent())
                .containsExactly("7.000 11.7");
        assertThat(counter.outsideLicence()).isEqualByComparingTo("2");
    }
}
