package cn.haztrail.oversight.alerts;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.exemption.api.ExemptionQuantityDrawn;
import cn.haztrail.exemption.api.ExemptionRecorded;
import cn.haztrail.exemption.api.ExemptionRevoked;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import static cn.haztrail.oversight.alerts.AlertFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/** R38: the exemption alerts, near the cap from the draws, near the end date as the test clock passes. */
@IntegrationTest
@Transactional
class ExemptionAlertsTest extends AlertHandlerTest {

    private static final ExemptionAlertProperties PROPERTIES =
            new ExemptionAlertProperties(new BigDecimal("0.90"), Period.ofDays(30));

    @Autowired
    WatchedExemptionRepository watched;

    AlertFixture f;
    ExemptionAlerts handler;
    ExemptionAlertChecks checks;

    @BeforeEach
    void setUp() {
        f = fixture();
        handler = new ExemptionAlerts(watched, f.book, f.directory, PROPERTIES, TestReferenceData.calendar());
        checks = new ExemptionAlertChecks(watched, f.book, PROPERTIES, TestReferenceData.calendar(), f.clock,
                transactions);
    }

    private UUID recorded(LocalDate validTo, Instant at) {
        UUID id = UUID.randomUUID();
        handler.on(new ExemptionRecorded(id, f.plant.id(), f.centre.id(), "900-249-08", "R9",
                new BigDecimal("100.000"), LocalDate.of(2026, 3, 1), validTo, at), at(at), at);
        return id;
    }

    private void draw(UUID exemption, String total, Instant at) {
        handler.on(new ExemptionQuantityDrawn(exemption, UUID.randomUUID(), BigDecimal.ONE, new BigDecimal(total)),
                at(at), at);
    }

    @Test
    void R38_below_90_percent_of_the_cap_no_alert() {
        UUID exemption = recorded(LocalDate.of(2027, 2, 28), T0);
        draw(exemption, "89.999", T0);
        assertThat(f.alert(AlertType.EXEMPTION_NEAR_CAP, exemption)).isEmpty();
    }

    @Test
    void R38_at_90_percent_of_the_cap_an_alert_names_both_sides_and_closes_when_the_exemption_ends() {
        UUID exemption = recorded(LocalDate.of(2027, 2, 28), T0);
        draw(exemption, "90.000", T0);

        AlertRecord alert = f.alert(AlertType.EXEMPTION_NEAR_CAP, exemption).orElseThrow();
        assertThat(alert.openedAt()).isEqualTo(T0);
        assertThat(alert.ruleId()).isEqualTo("R38");
        assertThat(alert.originRegion()).isEqualTo("360203");
        assertThat(alert.destinationRegion()).isEqualTo("360222");
        assertThat(alert.parties()).extracting(AlertParty::role).containsExactly("PRODUCER", "RECEIVER");
        assertThat(alert.detail()).contains("90.000 t").contains("(90 %)");
        assertThat(alert.closesAt()).isEqualTo(Instant.parse("2027-02-28T16:00:00Z"));
    }

    @Test
    void R38_a_revocation_closes_the_exemption_alerts() {
        UUID exemption = recorded(LocalDate.of(2027, 2, 28), T0);
        draw(exemption, "95", T0);
        Instant revokedAt = T0.plusSeconds(3600);

        handler.on(new ExemptionRevoked(exemption, "整改", revokedAt));

        AlertRecord alert = f.alert(AlertType.EXEMPTION_NEAR_CAP, exemption).orElseThrow();
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(revokedAt);
    }

    @Test
    void R38_near_end_opens_30_days_before_the_last_valid_day_as_time_passes_and_closes_when_it_has_passed() {
        UUID exemption = recorded(LocalDate.of(2026, 12, 31), T0);

        f.clock.set(Instant.parse("2026-11-30T15:59:59Z"));
        checks.run();
        assertThat(f.alert(AlertType.EXEMPTION_NEAR_END, exemption)).isEmpty();

        f.clock.set(Instant.parse("2026-11-30T16:00:00Z"));
        checks.run();
        AlertRecord alert = f.alert(AlertType.EXEMPTION_NEAR_END, exemption).orElseThrow();
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.openedAt()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(alert.ruleId()).isEqualTo("R38");
        assertThat(alert.detail()).contains("2026-12-31");

        f.clock.set(Instant.parse("2026-12-31T16:00:00Z"));
        checks.run();
        f.checks.run();
        AlertRecord closed = f.alert(AlertType.EXEMPTION_NEAR_END, exemption).orElseThrow();
        assertThat(closed.state()).isEqualTo(AlertState.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    }

    @Test
    void R38_a_revoked_exemption_gets_no_end_date_alert() {
        UUID exemption = recorded(LocalDate.of(2026, 12, 31), T0);
        handler.on(new ExemptionRevoked(exemption, "整改", T0.plusSeconds(60)));

        f.clock.set(Instant.parse("2026-12-20T00:00:00Z"));
        checks.run();

        assertThat(f.alert(AlertType.EXEMPTION_NEAR_END, exemption)).isEmpty();
    }

    @Test
    void R38_an_exemption_recorded_after_it_had_ended_gets_no_end_date_alert() {
        UUID exemption = recorded(LocalDate.of(2026, 6, 30), Instant.parse("2026-12-03T02:00:00Z"));

        f.clock.set(Instant.parse("2026-12-03T03:00:00Z"));
        checks.run();

        assertThat(f.alert(AlertType.EXEMPTION_NEAR_END, exemption)).isEmpty();
    }
}
