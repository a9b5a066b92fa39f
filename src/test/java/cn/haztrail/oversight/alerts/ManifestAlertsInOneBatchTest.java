package cn.haztrail.oversight.alerts;

import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.manifest.api.RefusalRecorded;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.support.IntegrationTest;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.oversight.alerts.AlertFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifest's alerts when several of its events, and other manifests' events, come in one processing batch, as on
 * a replay: whether a manifest has alerts is asked once for the batch, and an alert the batch opens still counts.
 */
@IntegrationTest
@Transactional
class ManifestAlertsInOneBatchTest extends AlertHandlerTest {

    AlertFixture f;
    AlertDirectory.Manifest refused;
    AlertDirectory.Manifest quiet;

    @BeforeEach
    void setUp() {
        f = fixture();
        refused = f.manifest("20263602000931");
        quiet = f.manifest("20263602000932");
    }

    @Test
    void a_receiver_refusal_opened_earlier_in_the_batch_is_numbered_by_the_submission_and_closed_by_the_receipt() {
        handleInOneBatch(new ManifestSubmitted(quiet.id(), "20263602000932", T0, null),
                new RefusalRecorded(refused.id(), "submission", "R04", "annual capacity exceeded"),
                new ManifestSubmitted(refused.id(), "20263602000931", T0, null),
                received(refused.id(), T0.plusSeconds(3600)));

        AlertRecord alert = f.alert(AlertType.RECEIVER_REFUSED, refused.id(), "submission").orElseThrow();
        assertThat(alert.manifestNumber()).isEqualTo("20263602000931");
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alerts.findByManifestId(quiet.id())).isEmpty();
    }

    @Test
    void a_late_receipt_in_a_batch_that_found_no_alerts_still_stores_its_overdue_alert_closed() {
        Instant due = T0.plus(Duration.ofDays(7));
        f.directory.arrived(quiet, due);
        Instant receivedAt = due.plus(Duration.ofDays(2));
        ManifestReceived late = new ManifestReceived(quiet.id(), f.centre.id(), List.of(line()),
                ReceiptOutcome.ACCEPTED, receivedAt, true, null);
        handleInOneBatch(new ManifestSubmitted(refused.id(), "20263602000931", T0, null), late);

        AlertRecord overdue = f.alert(AlertType.RECEIPT_OVERDUE, quiet.id()).orElseThrow();
        assertThat(overdue.state()).isEqualTo(AlertState.CLOSED);
        assertThat(overdue.openedAt()).isEqualTo(due);
        assertThat(overdue.closedAt()).isEqualTo(receivedAt);
    }

    /** Handled three days after the pickup, as on a replay: the trip ended in time, so the alert never stood. */
    @Test
    void a_pickup_and_its_arrival_in_time_in_one_batch_handled_after_the_limit_leave_no_long_transit() {
        f.clock.set(T0.plus(Duration.ofDays(3)));
        Instant arrivedAt = T0.plus(Duration.ofHours(6));
        handleInOneBatch(pickedUp(quiet.id()), new ManifestArrived(quiet.id(), f.carrier.id(), arrivedAt,
                arrivedAt.plusSeconds(1), null));

        assertThat(f.alert(AlertType.LONG_TRANSIT, quiet.id())).isEmpty();
        assertThat(transits.findById(quiet.id()).orElseThrow().arrivalRecordedAt()).isEqualTo(f.clock.instant());
    }

    @Test
    void a_pickup_whose_limit_has_passed_raises_the_long_transit_when_its_batch_commits() {
        f.clock.set(T0.plus(Duration.ofDays(3)));
        handleInOneBatch(pickedUp(quiet.id()), new ManifestSubmitted(refused.id(), "20263602000931", T0, null));

        AlertRecord alert = f.alert(AlertType.LONG_TRANSIT, quiet.id()).orElseThrow();
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.openedAt()).isEqualTo(T0.plus(AlertFixture.TRANSIT_LIMIT));
        assertThat(f.checks.raiseLongTransits(f.clock.instant())).as("the check finds it raised").isZero();
    }

    /** The watch a batch made is in the database (flushed, as its commit would) when a later batch ends it. */
    @Test
    void a_long_trip_whose_arrival_comes_in_a_later_batch_has_its_long_transit_closed_at_the_arrival() {
        f.clock.set(T0.plus(Duration.ofDays(3)));
        handleInOneBatch(pickedUp(quiet.id()));
        transits.flush();
        Instant arrivedAt = T0.plus(Duration.ofHours(50));
        handleInOneBatch(new ManifestSubmitted(refused.id(), "20263602000931", T0, null),
                new ManifestArrived(quiet.id(), f.carrier.id(), arrivedAt, arrivedAt.plusSeconds(1), null));

        AlertRecord alert = f.alert(AlertType.LONG_TRANSIT, quiet.id()).orElseThrow();
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(arrivedAt);
        assertThat(transits.findById(quiet.id()).orElseThrow().arrivalRecordedAt()).isEqualTo(f.clock.instant());
    }

    private void handleInOneBatch(Object... events) {
        List<EventMessage<?>> messages = Arrays.stream(events).<EventMessage<?>>map(GenericEventMessage::asEventMessage)
                .toList();
        new BatchingUnitOfWork<>(messages).executeWithResult(() -> {
            Object event = CurrentUnitOfWork.get().getMessage().getPayload();
            if (event instanceof ManifestSubmitted submitted) {
                f.manifests.on(submitted, at(T0), T0);
            } else if (event instanceof RefusalRecorded refusal) {
                f.manifests.on(refusal, at(T0), T0);
            } else if (event instanceof ManifestPickedUp pickup) {
                f.manifests.on(pickup);
            } else if (event instanceof ManifestArrived arrival) {
                f.manifests.on(arrival, f.clock.instant());
            } else {
                f.manifests.on((ManifestReceived) event);
            }
            return null;
        });
    }

    private ManifestReceived received(UUID manifestId, Instant at) {
        return new ManifestReceived(manifestId, f.centre.id(), List.of(line()), ReceiptOutcome.ACCEPTED, at, false,
                null);
    }

    private ManifestPickedUp pickedUp(UUID manifestId) {
        return new ManifestPickedUp(manifestId, f.carrier.id(), "赣H12345", UUID.randomUUID(), T0, null);
    }

    private static LineOutcome line() {
        return new LineOutcome(UUID.randomUUID(), LineDecision.ACCEPT, Quantity.kg("100"), "D10", List.of(), null);
    }
}
