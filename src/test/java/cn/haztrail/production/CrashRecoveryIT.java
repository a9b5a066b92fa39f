package cn.haztrail.production;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application in the production profile, killed with SIGKILL in the middle of a concurrent custody
 * load and started again on the same database: every acknowledged command has its events, every command that failed
 * or got no answer left all of its events or none, deadlines that fell due while it was down fire, and the
 * projections catch up to exactly what a clean replay of the event store gives.
 */
class CrashRecoveryIT {

    private static final int TRIPS = Integer.getInteger("haztrail.it.crash-trips", 400);
    private static final int KILL_AFTER = Integer.getInteger("haztrail.it.kill-after-commands", 2000);
    private static final int CLIENTS = 8;
    private static final int MEDICAL_BATCHES = 3;
    private static final Duration STORAGE_LEFT_AT_KILL = Duration.ofSeconds(4);
    private static final List<String> REPLAYABLE = List.of("oversight", "feed");

    @Test
    void a_node_killed_mid_load_keeps_every_acknowledged_command_and_nothing_partial() throws Exception {
        try (FreshDatabase db = FreshDatabase.create()) {
            var idp = new TestIdentityProvider();
            var events = new StoredEvents(db.jdbc());
            Map<String, String> env = db.productionEnvironment(idp);
            Parties parties;
            List<CustodyTrip> trips;
            List<UUID> medical = new ArrayList<>();
            Instant killedAt;
            int acknowledgedAtKill;
            try (PackagedApp first = PackagedApp.launch("crash-first", env).awaitHealthy()) {
                parties = Parties.register(first.base(), idp);
                var killed = new AtomicBoolean();
                var acknowledged = new AtomicInteger();
                Instant loadStart = Instant.now();
                CompletableFuture<List<CustodyTrip>> load = CompletableFuture.supplyAsync(() -> {
                    try {
                        return LoadDriver.run(TRIPS, CLIENTS, List.of(first.base()), parties, killed::get,
                                acknowledged);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                Await.until(KILL_AFTER + " commands acknowledged", Duration.ofMinutes(15), acknowledged::get,
                        count -> count >= KILL_AFTER || load.isDone());
                for (int i = 0; i < MEDICAL_BATCHES; i++) {
                    medical.add(medicalWasteDueSoon(first.base(), parties));
                }
                killed.set(true);
                first.kill();
                killedAt = Instant.now();
                acknowledgedAtKill = acknowledged.get();
                trips = load.get();
                report("SIGKILL after %d acknowledged commands, at".formatted(acknowledgedAtKill),
                        Duration.between(loadStart, killedAt));
            }
            long unanswered = trips.stream().filter(t -> t.stopAnswer() != null && t.stopAnswer().unanswered())
                    .count();
            long refused = trips.stream().filter(t -> t.stopAnswer() != null && !t.stopAnswer().unanswered())
                    .count();
            System.out.printf("[crash] %d commands sent, %d acknowledged, %d unanswered at the kill, %d refused; "
                            + "%d events stored%n", acknowledgedAtKill + unanswered + refused, acknowledgedAtKill,
                    unanswered, refused, events.total());
            assertThat(refused).as("trips refused before the kill: %s", trips.stream()
                    .filter(t -> t.stopAnswer() != null && !t.stopAnswer().unanswered())
                    .map(t -> t.stoppedAt() + " " + t.stopAnswer()).limit(3).toList()).isZero();

            Instant restart = Instant.now();
            try (PackagedApp second = PackagedApp.launch("crash-second", env).awaitHealthy()) {
                report("restarted and healthy in", Duration.between(restart, Instant.now()));
                CrashLedger ledger = new CrashLedger(events, parties);
                ledger.assertAllOrNothing(trips);
                Duration admitted = Await.until("every receipt admitted once by its process", Duration.ofMinutes(10),
                        ledger::everyReceiptAdmittedOnce, done -> done);
                report("receipts committed before the kill were all admitted", admitted);

                Duration fired = Await.until("the storage deadlines that fell due while the node was down fire",
                        Duration.ofMinutes(10), () -> medical.stream()
                                .filter(batch -> events.types(batch).contains("BatchStorageOverdue")).count(),
                        count -> count == MEDICAL_BATCHES);
                report("deadlines due during the outage fired %.1f s after the kill, within"
                        .formatted(Duration.between(killedAt, Instant.now()).toMillis() / 1000.0), fired);

                URI node = second.base();
                Instant catchUp = Instant.now();
                ReadSide caughtUp = Await.value("the projections catch up with the event store",
                        Duration.ofMinutes(10), () -> ReadSide.of(node, parties, null),
                        read -> read.feedItems() == events.total()
                                && read.alerts("STORAGE_OVERDUE", "OPEN") == MEDICAL_BATCHES
                                && read.figure("generated").equals(SeveralNodesIT.tonnes(generatedKg(events))));
                report("projections caught up " + caughtUp.summary() + " in",
                        Duration.between(catchUp, Instant.now()));

                for (String processor : REPLAYABLE) {
                    Http.Answer replay = Http.post(node, parties.adminToken(),
                            "/api/v1/admin/projections/" + processor + "/replay", Map.of());
                    assertThat(replay.ok()).as("replay of %s: %s", processor, replay).isTrue();
                }
                Instant replayStart = Instant.now();
                Await.until("the replays finish", Duration.ofMinutes(10),
                        () -> Http.get(node, parties.adminToken(), "/api/v1/admin/projections").body(),
                        status -> !status.toString().contains("\"replaying\":true"));
                ReadSide replayed = Await.value("the replayed projections are complete", Duration.ofMinutes(10),
                        () -> ReadSide.of(node, parties, null), read -> read.feedItems() == events.total());
                report("clean replay of " + REPLAYABLE + " took",
                        Duration.between(replayStart, Instant.now()));
                assertThat(replayed).as("what a clean replay gives").isEqualTo(caughtUp);
            }
        }
    }

    private static void report(String what, Duration took) {
        System.out.printf("[crash] %s %.1f s%n", what, took.toMillis() / 1000.0);
    }

    /** A medical-waste batch (48 h limit) generated so long ago that its limit passes while the node is down. */
    private static UUID medicalWasteDueSoon(URI node, Parties parties) {
        Instant generatedAt = Instant.now().minus(Duration.ofHours(48)).plus(STORAGE_LEFT_AT_KILL);
        Http.Answer answer = Http.post(node, parties.producerToken(), "/api/v1/batches", Map.of(
                "wasteCode", "841-001-01", "quantity", Map.of("value", "20", "unit", "kg"),
                "physicalForm", "SOLID", "packaging", Map.of("type", "BOX", "count", 2),
                "hazardCharacteristics", List.of("In"), "mainComponents", "感染性废物",
                "generatedAt", generatedAt.toString(), "storageLocation", "医疗废物暂存间"));
        assertThat(answer.ok()).as("medical waste registered: %s", answer).isTrue();
        return UUID.fromString(answer.field("id"));
    }

    private static long generatedKg(StoredEvents events) {
        return events.jdbc().queryForList("""
                select convert_from(payload, 'UTF8') from domain_event_entry
                where payload_type like '%.BatchRegistered'""", String.class).stream()
                .map(json -> Http.JSON.readTree(json).path("quantity").path("value").asLong())
                .mapToLong(Long::longValue).sum();
    }
}
