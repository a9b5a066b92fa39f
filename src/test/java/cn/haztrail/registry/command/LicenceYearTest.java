package cn.haztrail.registry.command;

import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** R04: a licence year is the 12 months from the licence's first day or one of its anniversaries. */
class LicenceYearTest {

    private static HeldLicence from(LocalDate validFrom) {
        return new HeldLicence(UUID.randomUUID(), "1", LicenceMode.COMPREHENSIVE,
                List.of(new LicenceLine("HW08", List.of(), List.of("D10"), null)), BigDecimal.TEN, validFrom,
                validFrom.plusYears(5), LicenceStatus.ACTIVE);
    }

    @Test
    void R04_the_first_licence_year_starts_on_the_first_day() {
        HeldLicence licence = from(LocalDate.of(2026, 3, 15));
        assertThat(licence.licenceYearStart(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(licence.licenceYearStart(LocalDate.of(2027, 3, 14))).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void R04_later_licence_years_start_on_anniversaries() {
        HeldLicence licence = from(LocalDate.of(2026, 3, 15));
        assertThat(licence.licenceYearStart(LocalDate.of(2027, 3, 15))).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(licence.licenceYearStart(LocalDate.of(2030, 12, 31))).isEqualTo(LocalDate.of(2030, 3, 15));
    }

    @Test
    void R04_a_licence_starting_on_29_february_has_its_anniversary_on_28_february() {
        HeldLicence licence = from(LocalDate.of(2024, 2, 29));
        assertThat(licence.licenceYearStart(LocalDate.of(2025, 2, 27))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(licence.licenceYearStart(LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(licence.licenceYearStart(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
