package cn.haztrail.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CatalogueConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(CatalogueConfiguration.class);

    @Test
    void loads_the_shipped_reference_data_with_defaults() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(WasteCatalogue.class).currentEdition()).isEqualTo("2021");
            assertThat(context.getBean(MethodCatalogue.class).all()).hasSize(24);
            assertThat(context.getBean(RegionDirectory.class).exists("360203")).isTrue();
            assertThat(context.getBean(WorkingDayCalendar.class).zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        });
    }

    @Test
    void start_fails_when_the_current_edition_has_no_file() {
        runner.withPropertyValues("haztrail.catalogue.current-edition=2025").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("haztrail.catalogue.current-edition is '2025'");
        });
    }

    @Test
    void R16_extra_days_and_zone_come_from_configuration() {
        runner.withPropertyValues(
                "haztrail.calendar.extra-holidays=2026-03-16,2026-03-17",
                "haztrail.calendar.extra-workdays[0]=2026-03-14",
                "haztrail.zone=UTC").run(context -> {
                    WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);
                    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 16))).isFalse();
                    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 17))).isFalse();
                    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).isTrue();
                    assertThat(calendar.zone()).isEqualTo(ZoneId.of("UTC"));
                });
    }
}
