package cn.haztrail.oversight.alerts;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.collection.api.CollectionRoundCompleted;
import cn.haztrail.collection.api.CollectionRoundPlanned;
import cn.haztrail.collection.api.CollectionRoundStarted;
import cn.haztrail.collection.api.CollectionRoundStopAdded;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.shared.axon.AuditMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * The collection rounds' alert (R46): keeps each round's day and each medical stop's 48-hour limit, and ends a stop's
 * wait at its manifest's pickup or cancellation or the round's completion. {@link RoundAlertChecks} raises the alerts
 * as time passes; a stop is also judged against the clock when it is added or its round sets out, so that a replay,
 * where the check has no moment to run between the events, raises what was due by now as the check did live;
 * {@link RoundStopJudge} decides. One segment ({@link OrderedAlerts}): a round's events and its stops'
 * manifest events come from different aggregates, and are judged in the order they were stored, live and on a replay.
 */
@Component
@ProcessingGroup(OrderedAlerts.GROUP)
class RoundAlerts {

    static final Set<AlertType> TYPES = Set.of(AlertType.ROUND_MEDICAL_LIMIT);

    private final WatchedRoundRepository rounds;
    private final WatchedRoundStopRepository stops;
    private final RoundStopPresence presence;
    private final RoundStopJudge judge;
    private final AlertBook book;
    private final ZoneId zone;
    private final Clock clock;

    RoundAlerts(WatchedRoundRepository rounds, WatchedRoundStopRepository stops, RoundStopPresence presence,
                RoundStopJudge judge, AlertBook book, WorkingDayCalendar calendar, Clock clock) {
        this.rounds = rounds;
        this.stops = stops;
        this.presence = presence;
        this.judge = judge;
        this.book = book;
        this.zone = calendar.zone();
        this.clock = clock;
    }

    @EventHandler
    void on(CollectionRoundPlanned event) {
        if (!rounds.existsById(event.roundId())) {
            rounds.saveAndFlush(new WatchedRound(event.roundId(), event.carrierId(),
                    event.plannedDay().plusDays(1).atStartOfDay(zone).toInstant()));
        }
    }

    @EventHandler
    void on(CollectionRoundStopAdded event, MetaData metaData, @Timestamp Instant recordedAt) {
        if (event.medicalLimitAt() == null) {
            return;
        }
        rounds.findById(event.roundId()).ifPresent(round -> {
            WatchedRoundStop stop = new WatchedRoundStop(event.roundId(), event.manifestId(), round,
                    event.medicalLimitAt(), AuditMetadata.businessTime(metaData, recordedAt));
            if (!stops.existsById(stop.alertId())) {
                stops.saveAndFlush(stop);
                presence.added(event.manifestId());
                judge.raiseIfDue(stop, clock.instant());
            }
        });
    }

    @EventHandler
    void on(CollectionRoundStarted event) {
        rounds.findById(event.roundId()).ifPresent(round -> round.started(event.startedAt()));
        stops.lockWaitingOfRound(event.roundId()).forEach(stop -> {
            judge.started(stop, event.startedAt());
            judge.raiseIfDue(stop, clock.instant());
        });
    }

    @EventHandler
    void on(CollectionRoundCompleted event) {
        stops.lockWaitingOfRound(event.roundId()).forEach(stop -> judge.ended(stop, event.completedAt()));
    }

    @EventHandler
    void on(ManifestPickedUp event) {
        if (presence.isStop(event.manifestId())) {
            stops.lockWaitingWithManifest(event.manifestId()).forEach(stop -> judge.ended(stop, event.pickedUpAt()));
        }
    }

    @EventHandler
    void on(ManifestCancelled event, MetaData metaData, @Timestamp Instant recordedAt) {
        if (presence.isStop(event.manifestId())) {
            Instant at = AuditMetadata.businessTime(metaData, recordedAt);
            stops.lockWaitingWithManifest(event.manifestId()).forEach(stop -> judge.ended(stop, at));
        }
    }

    /** An alert raised while the manifest was a draft learns its number (the main processor may have passed by). */
    @EventHandler
    void on(ManifestSubmitted event) {
        if (presence.isStop(event.manifestId())) {
            book.numberManifest(event.manifestId(), event.number());
        }
    }

    /** A replay rebuilds the round alerts and their facts; the other alerts rebuild their own. */
    @ResetHandler
    void reset() {
        stops.deleteAllWatches();
        rounds.deleteAllWatches();
        book.clear(TYPES);
    }
}
