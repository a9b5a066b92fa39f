package cn.haztrail.oversight.alerts;

import cn.haztrail.approval.api.ApprovalQuantityDrawn;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static cn.haztrail.oversight.alerts.AlertFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The scheduled check, run by hand with a clock the test moves: nothing waits for real time. */
@IntegrationTest
@Transactional
class AlertChecksTest extends AlertHandlerTest {

    AlertFixture f;
    AlertDirectory.Manifest manifest;

    @BeforeEach
    void setUp() {
        f = fixture();
        manifest = f.manifest("20263602000921");
        f.manifests.on(new ManifestPickedUp(manifest.id(), f.carrier.id(), "赣H12345", UUID.randomUUID(), T0, null));
    }

    @Test
    void a_long_transit_opens_when_the_limit_passes_once_and_closes_on_arrival() {
        f.clock.set(T0.plus(Duration.ofHours(48)).minusSeconds(1));
        f.checks.run();
        assertThat(f.alert(AlertType.LONG_TRANSIT, manifest.id())).isEmpty();

        f.clock.advance(Duration.ofSeconds(1));
        f.checks.run();
        f.clock.advance(Duration.ofMinutes(1));
        f.checks.run();
        AlertRecord alert = f.alert(AlertType.LONG_TRANSIT, manifest.id()).orElseThrow();
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.openedAt()).isEqualTo(T0.plus(Duration.ofHours(48)));
        assertThat(alert.manifestNumber()).isEqualTo("20263602000921");
        assertThat(alerts.findByManifestId(manifest.id())).hasSize(1);

        Instant arrivedAt = T0.plus(Duration.ofHours(49));
        f.manifests.on(new ManifestArrived(manifest.id(), f.carrier.id(), arrivedAt, arrivedAt.plusSeconds(1), null),
                T0.plus(Duration.ofHours(50)));
        AlertRecord closed = f.alert(AlertType.LONG_TRANSIT, manifest.id()).orElseThrow();
        assertThat(closed.state()).isEqualTo(AlertState.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(arrivedAt);
    }

    /** The check ran ahead of the projection (a replay, or a lag of moments): the arrival withdraws the alert. */
    @Test
    void an_arrival_recorded_in_time_withdraws_a_long_transit_the_check_raised_before_seeing_it() {
        f.clock.set(T0.plus(Duration.ofHours(49)));
        f.checks.run();
        assertThat(f.alert(AlertType.LONG_TRANSIT, manifest.id())).isPresent();

        Instant arrivedAt = T0.plus(Duration.ofHours(47));
        f.manifests.on(new ManifestArrived(manifest.id(), f.carrier.id(), arrivedAt, arrivedAt.plusSeconds(1), null),
                arrivedAt);
        assertThat(f.alert(AlertType.LONG_TRANSIT, manifest.id())).isEmpty();
        f.checks.run();
        assertThat(f.alert(AlertType.LONG_TRANSIT, manifest.id())).isEmpty();
    }

    /** The check could only go by the missing arrival; the arrival, recorded late, shows the trip was short. */
    @Test
    void an_arrival_recorded_late_but_in_time_by_business_time_withdraws_the_long_transit_the_check_raised() {
        f.clock.set(T0.plus(Duration.ofHours(49)));
        f.checks.run();
        assertThat(f.alert(AlertType.LONG_TRANSIT, manifest.id())).isPresent();

        Instant arrivedAt = T0.plus(Duration.ofHours(6));
        f.manifests.on(new ManifestArrived(manifest.id(), f.carrier.id(), arrivedAt, arrivedAt.plusSeconds(1), null),
                T0.plus(Duration.ofHours(50)));
        assertThat(f.alert(AlertType.LONG_TRANSIT, manifest.id())).isEmpty();
        f.clock.advance(Duration.ofMinutes(1));
        f.checks.run();
        assertThat(f.alert(AlertType.LONG_TRANSIT, manifest.id())).isEmpty();
    }

    @Test
    void R14_near_expiry_opens_30_days_before_the_last_valid_day_in_Shanghai_and_closes_when_it_has_passed() {
        UUID approval = ApprovalAlertsTest.recorded(f, LocalDate.of(2026, 12, 31),
                Instant.parse("2026-11-01T00:00:00Z"));
        f.approvals.on(new ApprovalQuantityDrawn(approval, UUID.randomUUID(), BigDecimal.ONE, new BigDecimal("90")),
                at(T0), T0);

        f.clock.set(Instant.parse("2026-11-30T15:59:59Z"));
        f.checks.run();
        assertThat(f.alert(AlertType.APPROVAL_NEAR_EXPIRY, approval)).isEmpty();

        f.clock.set(Instant.parse("2026-11-30T16:00:00Z"));
        f.checks.run();
        AlertRecord expiry = f.alert(AlertType.APPROVAL_NEAR_EXPIRY, approval).orElseThrow();
        assertThat(expiry.state()).isEqualTo(AlertState.OPEN);
        assertThat(expiry.openedAt()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(expiry.detail()).contains("2026-12-31");

        f.clock.set(Instant.parse("2026-12-31T15:59:59Z"));
        f.checks.run();
        assertThat(f.alert(AlertType.APPROVAL_NEAR_EXPIRY, approval).orElseThrow().state())
                .isEqualTo(AlertState.OPEN);

        f.clock.set(Instant.parse("2026-12-31T16:00:00Z"));
        f.checks.run();
        for (AlertType type : new AlertType[]{AlertType.APPROVAL_NEAR_EXPIRY, AlertType.APPROVAL_NEAR_CAP}) {
            AlertRecord closed = f.alert(type, approval).orElseThrow();
            assertThat(closed.state()).isEqualTo(AlertState.CLOSED);
            assertThat(closed.closedAt()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        }
    }

    @Test
    void R14_an_approval_found_already_expired_gets_its_near_expiry_alert_in_history_closed() {
        UUID approval = ApprovalAlertsTest.recorded(f, LocalDate.of(2026, 6, 30),
                Instant.parse("2026-01-05T02:00:00Z"));
        f.clock.set(Instant.parse("2026-11-23T04:00:00Z"));
        f.checks.run();

        AlertRecord alert = f.alert(AlertType.APPROVAL_NEAR_EXPIRY, approval).orElseThrow();
        assertThat(alert.openedAt()).isEqualTo(Instant.parse("2026-05-30T16:00:00Z"));
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(Instant.parse("2026-06-30T16:00:00Z"));
    }

    @Test
    void R14_an_approval_recorded_inside_the_warning_window_warns_from_its_recording() {
        Instant recordedAt = Instant.parse("2026-11-20T03:00:00Z");
        UUID approval = ApprovalAlertsTest.recorded(f, LocalDate.of(2026, 12, 10), recordedAt);
        f.clock.set(Instant.parse("2026-11-20T03:01:00Z"));
        f.checks.run();
        assertThat(f.alert(AlertType.APPROVAL_NEAR_EXPIRY, approval).orElseThrow().openedAt()).isEqualTo(recordedAt);
    }
}
