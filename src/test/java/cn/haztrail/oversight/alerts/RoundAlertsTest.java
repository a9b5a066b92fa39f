package cn.haztrail.oversight.alerts;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.collection.api.CollectionRoundCompleted;
import cn.haztrail.collection.api.CollectionRoundPlanned;
import cn.haztrail.collection.api.CollectionRoundStarted;
import cn.haztrail.collection.api.CollectionRoundStopAdded;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.support.IntegrationTest;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.oversight.alerts.AlertFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/** R46: a collection round that would break a medical stop's 48 hours raises the alert early, as the clock passes. */
@IntegrationTest
@Transactional
class RoundAlertsTest extends AlertHandlerTest {

    private static final RoundAlertProperties PROPERTIES = new RoundAlertProperties(Duration.ofHours(6));
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    /** 24:00 of the round's day in Shanghai. */
    private static final Instant DAY_END = Instant.parse("2026-11-25T16:00:00Z");
    /** The medical waste's 48 hours end at 10:00 the next morning (Shanghai): R44 let the stop on the round. */
    private static final Instant LIMIT = Instant.parse("2026-11-26T02:00:00Z");
    private static final Instant ADDED = Instant.parse("2026-11-24T08:00:00Z");

    @Autowired
    WatchedRoundRepository watchedRounds;
    @Autowired
    WatchedRoundStopRepository watchedStops;
    @Autowired
    RoundStopPresence presence;

    AlertFixture f;
    RoundAlerts handler;
    RoundAlertChecks checks;
    UUID round = UUID.randomUUID();
    AlertDirectory.Manifest manifest;

    @BeforeEach
    void setUp() {
        f = fixture();
        RoundStopJudge judge = new RoundStopJudge(f.book, PROPERTIES, TestReferenceData.calendar());
        handler = new RoundAlerts(watchedRounds, watchedStops, presence, judge, f.book, TestReferenceData.calendar(),
                f.clock);
        checks = new RoundAlertChecks(watchedStops, judge, PROPERTIES, f.clock, transactions);
        manifest = f.manifest("20263602000931");
        handler.on(new CollectionRoundPlanned(round, f.centre.id(), f.carrier.id(), "赣H12345", DAY));
        handler.on(new CollectionRoundStopAdded(round, 1, manifest.id(), f.plant.id(), LIMIT), at(ADDED), ADDED);
    }

    private void started(Instant at) {
        handler.on(new CollectionRoundStarted(round, at));
    }

    private void pickedUp(Instant at) {
        handler.on(new ManifestPickedUp(manifest.id(), f.carrier.id(), "赣H12345", UUID.randomUUID(), at, null));
    }

    private AlertRecord alert() {
        return f.alert(AlertType.ROUND_MEDICAL_LIMIT, round, manifest.id()).orElseThrow();
    }

    @Test
    void R46_a_medical_stop_still_waiting_6_hours_before_its_limit_alerts_the_producers_and_collectors_regulators() {
        started(Instant.parse("2026-11-25T00:30:00Z"));

        f.clock.set(LIMIT.minus(Duration.ofHours(6)).minusSeconds(1));
        checks.run();
        assertThat(f.alert(AlertType.ROUND_MEDICAL_LIMIT, round, manifest.id())).isEmpty();

        f.clock.set(LIMIT.minus(Duration.ofHours(6)).plusSeconds(30));
        checks.run();
        AlertRecord alert = alert();
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.openedAt()).isEqualTo(LIMIT.minus(Duration.ofHours(6)));
        assertThat(alert.ruleId()).isEqualTo("R46");
        assertThat(alert.manifestNumber()).isEqualTo("20263602000931");
        assertThat(alert.originRegion()).isEqualTo(f.plant.regionCode());
        assertThat(alert.destinationRegion()).isEqualTo(f.centre.regionCode());
        assertThat(alert.parties()).extracting(AlertParty::role).containsExactly("CONSIGNOR", "CARRIER", "RECEIVER");
    }

    @Test
    void R46_the_stops_pickup_closes_its_alert() {
        started(Instant.parse("2026-11-25T00:30:00Z"));
        f.clock.set(LIMIT.minus(Duration.ofHours(5)));
        checks.run();

        pickedUp(LIMIT.minus(Duration.ofHours(4)));

        AlertRecord alert = alert();
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(LIMIT.minus(Duration.ofHours(4)));
    }

    /**
     * As on a replay: the batch asks once which of its manifests are stops, at the submission, before the stop is
     * added; the stop the batch adds is still ended by the pickup.
     */
    @Test
    void R46_a_stop_added_and_picked_up_in_one_processing_batch_is_ended_by_the_pickup() {
        UUID later = UUID.randomUUID();
        AlertDirectory.Manifest stop = f.manifest("20263602000932");
        Instant pickup = Instant.parse("2026-11-25T01:30:00Z");
        List<Object> events = List.of(new ManifestSubmitted(stop.id(), "20263602000932", ADDED, null),
                new CollectionRoundPlanned(later, f.centre.id(), f.carrier.id(), "赣H12345", DAY),
                new CollectionRoundStopAdded(later, 1, stop.id(), f.plant.id(), LIMIT),
                new CollectionRoundStarted(later, Instant.parse("2026-11-25T00:30:00Z")),
                new ManifestPickedUp(stop.id(), f.carrier.id(), "赣H12345", UUID.randomUUID(), pickup, null));

        new BatchingUnitOfWork<>(events.stream().<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList())
                .executeWithResult(() -> {
                    handle(CurrentUnitOfWork.get().getMessage().getPayload());
                    return null;
                });
        f.clock.set(LIMIT.plus(Duration.ofHours(1)));
        checks.run();

        assertThat(f.alert(AlertType.ROUND_MEDICAL_LIMIT, later, stop.id())).isEmpty();
    }

    private void handle(Object event) {
        if (event instanceof ManifestSubmitted submitted) {
            handler.on(submitted);
        } else if (event instanceof CollectionRoundPlanned planned) {
            handler.on(planned);
        } else if (event instanceof CollectionRoundStopAdded added) {
            handler.on(added, at(ADDED), ADDED);
        } else if (event instanceof CollectionRoundStarted started) {
            handler.on(started);
        } else {
            handler.on((ManifestPickedUp) event);
        }
    }

    @Test
    void R46_a_stop_picked_up_before_its_limit_neared_raises_no_alert() {
        started(Instant.parse("2026-11-25T00:30:00Z"));
        pickedUp(Instant.parse("2026-11-25T01:30:00Z"));

        f.clock.set(LIMIT.plus(Duration.ofHours(1)));
        checks.run();

        assertThat(f.alert(AlertType.ROUND_MEDICAL_LIMIT, round, manifest.id())).isEmpty();
    }

    @Test
    void R46_a_round_still_planned_when_its_day_ends_alerts_at_the_end_of_the_day() {
        f.clock.set(DAY_END.minusSeconds(1));
        checks.run();
        assertThat(f.alert(AlertType.ROUND_MEDICAL_LIMIT, round, manifest.id())).isEmpty();

        f.clock.set(DAY_END.plusSeconds(30));
        checks.run();

        AlertRecord alert = alert();
        assertThat(alert.openedAt()).isEqualTo(DAY_END);
        assertThat(alert.detail()).contains("2026-11-25");
    }

    /** On a replay the check does not run between the events: the pickup raises what the check would have. */
    @Test
    void R46_a_pickup_handled_after_the_limit_neared_records_the_alert_as_the_check_would_have() {
        started(Instant.parse("2026-11-25T00:30:00Z"));

        pickedUp(LIMIT.minus(Duration.ofHours(2)));

        AlertRecord alert = alert();
        assertThat(alert.openedAt()).isEqualTo(LIMIT.minus(Duration.ofHours(6)));
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(LIMIT.minus(Duration.ofHours(2)));
    }

    @Test
    void R46_completing_the_round_without_the_stop_closes_its_alert() {
        started(Instant.parse("2026-11-25T00:30:00Z"));
        f.clock.set(LIMIT.minus(Duration.ofHours(5)));
        checks.run();
        Instant back = LIMIT.minus(Duration.ofHours(3));

        handler.on(new CollectionRoundCompleted(round, back, List.of(), List.of(1)));
        f.clock.set(LIMIT.plus(Duration.ofHours(1)));
        checks.run();

        AlertRecord alert = alert();
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(back);
    }

    /**
     * A replay handles the round's events long after its day passed, with no check between them: the stop is judged
     * against the clock as it is added, so the alert reads as the check raised it live.
     */
    @Test
    void R46_a_replay_after_the_round_day_passed_raises_the_alert_the_check_raised_live() {
        f.clock.set(DAY_END.plus(Duration.ofHours(1)));
        handler.reset();

        handler.on(new CollectionRoundPlanned(round, f.centre.id(), f.carrier.id(), "赣H12345", DAY));
        handler.on(new CollectionRoundStopAdded(round, 1, manifest.id(), f.plant.id(), LIMIT), at(ADDED), ADDED);

        AlertRecord alert = alert();
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.openedAt()).isEqualTo(DAY_END);
    }
}
