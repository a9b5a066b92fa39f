package cn.haztrail.oversight.alerts;

import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.LoadingRefused;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.manifest.api.ReceiptOverdue;
import cn.haztrail.manifest.api.RefusalRecorded;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.oversight.alerts.AlertFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The manifest's alerts, handler by handler, on the real tables inside a rolled-back transaction. */
@IntegrationTest
@Transactional
class ManifestAlertsTest extends AlertHandlerTest {

    AlertFixture f;
    AlertDirectory.Manifest manifest;

    @BeforeEach
    void setUp() {
        f = fixture();
        manifest = f.manifest("20263602000901");
    }

    @Test
    void R16_receipt_overdue_opens_at_its_due_time_and_closes_on_receipt() {
        Instant due = T0.plus(Duration.ofDays(7));
        f.manifests.on(new ReceiptOverdue(manifest.id(), f.centre.id(), due));

        AlertRecord alert = f.alert(AlertType.RECEIPT_OVERDUE, manifest.id()).orElseThrow();
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.openedAt()).isEqualTo(due);
        assertThat(alert.ruleId()).isEqualTo("R16");
        assertThat(alert.manifestNumber()).isEqualTo("20263602000901");
        assertThat(alert.originRegion()).isEqualTo("360203");
        assertThat(alert.destinationRegion()).isEqualTo("360222");
        assertThat(alert.parties()).extracting(AlertParty::role).containsExactly("CONSIGNOR", "RECEIVER");
        assertThat(alert.parties()).extracting(AlertParty::name).contains("测试危废处置中心");

        Instant receivedAt = due.plus(Duration.ofHours(3));
        f.manifests.on(received(receivedAt));
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(receivedAt);
    }

    @Test
    void R16_a_redelivered_overdue_event_neither_duplicates_nor_reopens_the_alert() {
        ReceiptOverdue overdue = new ReceiptOverdue(manifest.id(), f.centre.id(), T0);
        f.manifests.on(overdue);
        f.manifests.on(overdue);
        f.manifests.on(received(T0.plusSeconds(60)));
        f.manifests.on(overdue);
        f.manifests.on(received(T0.plusSeconds(120)));

        AlertRecord alert = f.alert(AlertType.RECEIPT_OVERDUE, manifest.id()).orElseThrow();
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(alerts.findByManifestId(manifest.id())).hasSize(1);
    }

    /** The deadline fired while the receipt, made an hour before it, had not been entered yet. */
    @Test
    void R16_a_receipt_made_in_time_but_entered_after_the_deadline_fired_withdraws_the_overdue_alert() {
        Instant due = T0.plus(Duration.ofDays(7));
        f.manifests.on(new ReceiptOverdue(manifest.id(), f.centre.id(), due));
        f.manifests.on(received(due.minus(Duration.ofHours(1))));

        assertThat(f.alert(AlertType.RECEIPT_OVERDUE, manifest.id())).isEmpty();
    }

    /** Arrival and a receipt two days past its due time, both entered at once: the deadline never fired. */
    @Test
    void R16_a_late_receipt_entered_before_the_deadline_fired_leaves_an_overdue_alert_closed_from_the_start() {
        Instant due = T0.plus(Duration.ofDays(7));
        f.directory.arrived(manifest, due);
        Instant receivedAt = due.plus(Duration.ofDays(2));
        f.manifests.on(new ManifestReceived(manifest.id(), f.centre.id(), List.of(), ReceiptOutcome.ACCEPTED,
                receivedAt, true, null));

        AlertRecord alert = f.alert(AlertType.RECEIPT_OVERDUE, manifest.id()).orElseThrow();
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.openedAt()).isEqualTo(due);
        assertThat(alert.closedAt()).isEqualTo(receivedAt);
        assertThat(alert.ruleId()).isEqualTo("R16");
    }

    @Test
    void R13_loading_refused_names_the_carrier_keeps_the_latest_refusal_and_closes_on_pickup() {
        f.manifests.on(new LoadingRefused(manifest.id(), f.carrier.id(), List.of("LABEL-A"), List.of()), at(T0),
                T0.plusSeconds(5));
        f.manifests.on(new LoadingRefused(manifest.id(), f.carrier.id(), List.of(), List.of("LABEL-X")),
                at(T0.plusSeconds(600)), T0.plusSeconds(605));

        AlertRecord alert = f.alert(AlertType.LOADING_REFUSED, manifest.id()).orElseThrow();
        assertThat(alert.openedAt()).isEqualTo(T0);
        assertThat(alert.ruleId()).isEqualTo("R13");
        assertThat(alert.detail()).contains("LABEL-X");
        assertThat(alert.parties()).extracting(AlertParty::role).containsExactly("CONSIGNOR", "CARRIER", "RECEIVER");

        f.manifests.on(new ManifestPickedUp(manifest.id(), f.carrier.id(), "赣H12345", UUID.randomUUID(),
                T0.plusSeconds(900), null));
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(T0.plusSeconds(900));
    }

    @Test
    void R13_loading_refused_closes_when_the_manifest_is_cancelled() {
        f.manifests.on(new LoadingRefused(manifest.id(), f.carrier.id(), List.of("LABEL-A"), List.of()), at(T0), T0);
        f.manifests.on(new ManifestCancelled(manifest.id(), "换车", null, null), at(T0.plusSeconds(60)), T0.plusSeconds(61));

        AlertRecord alert = f.alert(AlertType.LOADING_REFUSED, manifest.id()).orElseThrow();
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void R03_a_refused_submission_carries_its_rule_learns_the_number_and_closes_on_submission() {
        AlertDirectory.Manifest draft = f.directory.manifest(null, f.plant, f.centre);
        f.manifests.on(new RefusalRecorded(draft.id(), "submission", "R03", "licence does not cover HW08"), at(T0),
                T0);
        AlertRecord alert = f.alert(AlertType.RECEIVER_REFUSED, draft.id(), "submission").orElseThrow();
        assertThat(alert.ruleId()).isEqualTo("R03");
        assertThat(alert.manifestNumber()).isNull();

        f.manifests.on(new ManifestSubmitted(draft.id(), "20263602000902", null, null), at(T0.plusSeconds(60)), T0);
        assertThat(alert.manifestNumber()).isEqualTo("20263602000902");
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void R04_a_refused_receipt_closes_on_receipt_and_R05_on_cancellation() {
        f.manifests.on(new RefusalRecorded(manifest.id(), "receipt", "R04", "annual capacity exceeded"), at(T0), T0);
        f.manifests.on(received(T0.plusSeconds(3600)));
        assertThat(f.alert(AlertType.RECEIVER_REFUSED, manifest.id(), "receipt").orElseThrow().state())
                .isEqualTo(AlertState.CLOSED);

        AlertDirectory.Manifest other = f.manifest("20263602000903");
        f.manifests.on(new RefusalRecorded(other.id(), "submission", "R05", "collection licence"), at(T0), T0);
        f.manifests.on(new ManifestCancelled(other.id(), "改送处置单位", null, null), at(T0.plusSeconds(5)), T0);
        assertThat(f.alert(AlertType.RECEIVER_REFUSED, other.id(), "submission").orElseThrow().closedAt())
                .isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void R14_refusals_for_an_approval_are_no_receiver_alert() {
        f.manifests.on(new RefusalRecorded(manifest.id(), "submission", "R14", "approval exhausted"), at(T0), T0);
        assertThat(alerts.findByManifestId(manifest.id())).isEmpty();
    }

    @Test
    void an_arrival_recorded_after_the_transit_limit_leaves_a_closed_long_transit() {
        f.manifests.on(pickedUp(T0));
        Instant arrivedAt = T0.plus(Duration.ofHours(50));
        f.manifests.on(new ManifestArrived(manifest.id(), f.carrier.id(), arrivedAt, arrivedAt.plusSeconds(1), null),
                arrivedAt.plusSeconds(30));

        AlertRecord alert = f.alert(AlertType.LONG_TRANSIT, manifest.id()).orElseThrow();
        assertThat(alert.openedAt()).isEqualTo(T0.plus(AlertFixture.TRANSIT_LIMIT));
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(arrivedAt);
        assertThat(alert.ruleId()).isNull();
        assertThat(alert.parties()).extracting(AlertParty::role).containsExactly("CONSIGNOR", "CARRIER", "RECEIVER");
    }

    /** Picked up at 08:30 and arrived at 14:30 the same day, both recorded three days later. */
    @Test
    void a_short_trip_recorded_after_the_transit_limit_raises_no_long_transit() {
        Instant recordedAt = T0.plus(Duration.ofDays(3));
        f.manifests.on(pickedUp(T0));
        Instant arrivedAt = T0.plus(Duration.ofHours(6));
        f.manifests.on(new ManifestArrived(manifest.id(), f.carrier.id(), arrivedAt, arrivedAt.plusSeconds(1), null),
                recordedAt);

        assertThat(f.alert(AlertType.LONG_TRANSIT, manifest.id())).isEmpty();
        assertThat(transits.findById(manifest.id()).orElseThrow().arrivalRecordedAt()).isEqualTo(recordedAt);
    }

    @Test
    void a_long_trip_recorded_after_it_ended_has_its_long_transit_closed_from_the_start_in_business_time() {
        f.manifests.on(pickedUp(T0));
        Instant arrivedAt = T0.plus(Duration.ofHours(50));
        f.manifests.on(new ManifestArrived(manifest.id(), f.carrier.id(), arrivedAt, arrivedAt.plusSeconds(1), null),
                T0.plus(Duration.ofDays(4)));

        AlertRecord alert = f.alert(AlertType.LONG_TRANSIT, manifest.id()).orElseThrow();
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.openedAt()).isEqualTo(T0.plus(AlertFixture.TRANSIT_LIMIT));
        assertThat(alert.closedAt()).isEqualTo(arrivedAt);
    }

    /**
     * Found: after a replay of the alerts, a trip picked up long ago and not arrived (an imported one) had no
     * LONG_TRANSIT until the check's next run; a pickup handled after its limit has passed raises it at once.
     */
    @Test
    void a_pickup_handled_after_its_transit_limit_raises_the_long_transit_at_once() {
        f.clock.set(T0.plus(Duration.ofDays(3)));
        f.manifests.on(pickedUp(T0));

        AlertRecord alert = f.alert(AlertType.LONG_TRANSIT, manifest.id()).orElseThrow();
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.openedAt()).isEqualTo(T0.plus(AlertFixture.TRANSIT_LIMIT));
        assertThat(f.checks.raiseLongTransits(f.clock.instant())).isZero();
    }

    @Test
    void an_arrival_recorded_within_the_transit_limit_leaves_no_long_transit() {
        f.manifests.on(pickedUp(T0));
        Instant arrivedAt = T0.plus(Duration.ofHours(20));
        f.manifests.on(new ManifestArrived(manifest.id(), f.carrier.id(), arrivedAt, arrivedAt.plusSeconds(1), null),
                arrivedAt);

        assertThat(f.alert(AlertType.LONG_TRANSIT, manifest.id())).isEmpty();
        assertThat(transits.findById(manifest.id()).orElseThrow().arrivalRecordedAt()).isEqualTo(arrivedAt);
    }

    @Test
    void a_reset_clears_alerts_and_watches() {
        f.manifests.on(pickedUp(T0));
        f.manifests.on(new ReceiptOverdue(manifest.id(), f.centre.id(), T0));
        f.manifests.reset();
        assertThat(alerts.findAll()).as("alerts of oversight's own (plan and exemption alerts have their own processors)")
                .noneMatch(alert -> !PlanAlerts.PLAN_TYPES.contains(alert.type())
                        && !ExemptionAlerts.TYPES.contains(alert.type()));
        assertThat(transits.count()).isZero();
    }

    private ManifestPickedUp pickedUp(Instant at) {
        return new ManifestPickedUp(manifest.id(), f.carrier.id(), "赣H12345", UUID.randomUUID(), at, null);
    }

    private ManifestReceived received(Instant at) {
        return new ManifestReceived(manifest.id(), f.centre.id(), List.of(new LineOutcome(UUID.randomUUID(),
                LineDecision.ACCEPT, Quantity.kg("100"), "D10", List.of(), null)), ReceiptOutcome.ACCEPTED, at,
                false, null);
    }
}
