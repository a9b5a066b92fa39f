package cn.haztrail.production;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the packaged application, separate JVMs on their own ports, on one fresh PostgreSQL database in the
 * production profile: they boot at once, share the streaming processors' segments, take a mixed custody load whose
 * steps alternate between them, and agree on everything a regulator reads. When one node is killed, the other takes
 * over its segments.
 */
class SeveralNodesIT {

    private static final List<String> BALANCED = List.of("oversight");
    private static final List<String> STREAMING = List.of("oversight", "feed");
    private static final int TRIPS = Integer.getInteger("haztrail.it.trips", 150);
    private static final int CLIENTS = 8;

    @Test
    void two_nodes_share_segments_keep_every_event_once_agree_and_take_over() throws Exception {
        try (FreshDatabase db = FreshDatabase.create()) {
            var idp = new TestIdentityProvider();
            var events = new StoredEvents(db.jdbc());
            Map<String, String> env = db.productionEnvironment(idp);
            Instant boot = Instant.now();
            try (PackagedApp a = PackagedApp.launch("node-a", env); PackagedApp b = PackagedApp.launch("node-b", env)) {
                a.awaitHealthy();
                b.awaitHealthy();
                report("both nodes booted at once on an empty database in", Duration.between(boot, Instant.now()));
                Parties parties = Parties.register(a.base(), idp);
                long setupEvents = events.total();
                int receiverSetupEvents = events.count(parties.receiver());

                Duration split = Await.until("both nodes own segments of " + BALANCED, Duration.ofMinutes(10),
                        () -> ownersByNode(events, a, b), owners -> owners.values().stream().allMatch(n -> n == 2));
                report("segments split between the nodes after", split);

                Instant loadStart = Instant.now();
                List<CustodyTrip> trips = LoadDriver.run(TRIPS, CLIENTS, List.of(a.base(), b.base()), parties,
                        () -> false);
                Duration load = Duration.between(loadStart, Instant.now());
                int commands = trips.stream().mapToInt(t -> t.acknowledged().size()).sum();
                int conflicts = trips.stream().mapToInt(CustodyTrip::retriedConflicts).sum();
                int failures = trips.stream().mapToInt(CustodyTrip::retriedInternalErrors).sum();
                report(("%d trips, %d commands acknowledged, %d concurrent-change or busy answers retried, %d internal "
                        + "errors repeated under their Idempotency-Key, in").formatted(TRIPS, commands, conflicts,
                        failures), load);

                assertThat(trips).as("trips that stopped").filteredOn(trip -> !trip.completed()).isEmpty();
                assertEveryAcknowledgedEventStoredOnce(events, trips, parties, setupEvents, receiverSetupEvents);
                assertManifestNumbersUnique(events, trips);

                Instant convergeStart = Instant.now();
                ReadSide agreed = converge(List.of(a.base(), b.base()), parties, trips, events);
                report("both nodes' projections converged on " + agreed.summary() + " after",
                        Duration.between(convergeStart, Instant.now()));

                b.kill();
                Duration takeover = Await.until("node A owns every segment of " + STREAMING, Duration.ofMinutes(10),
                        () -> STREAMING.stream().flatMap(p -> events.owners(p).values().stream()).toList(),
                        owners -> owners.stream().allMatch(o -> o != null && o.startsWith(a.axonOwnerPrefix())));
                report("after node B was killed (SIGKILL), node A owned all its segments in", takeover);

                List<CustodyTrip> after = LoadDriver.run(12, 4, List.of(a.base()), parties, () -> false);
                assertThat(after).as("trips that stopped").filteredOn(trip -> !trip.completed()).isEmpty();
                Instant catchUp = Instant.now();
                Await.until("node A alone projects the trips after the takeover", Duration.ofMinutes(10),
                        () -> ReadSide.of(a.base(), parties, null),
                        read -> read.feedItems() == events.total()
                                && read.figure("generated").equals(tonnes(100L * (TRIPS + after.size()))));
                report("node A alone caught up with 12 more trips in", Duration.between(catchUp, Instant.now()));
            }
        }
    }

    private static Map<String, Integer> ownersByNode(StoredEvents events, PackagedApp a, PackagedApp b) {
        return BALANCED.stream().collect(Collectors.toMap(p -> p, p -> {
            Set<String> nodes = new HashSet<>();
            for (String owner : events.owners(p).values()) {
                if (owner != null && owner.startsWith(a.axonOwnerPrefix())) {
                    nodes.add("a");
                } else if (owner != null && owner.startsWith(b.axonOwnerPrefix())) {
                    nodes.add("b");
                }
            }
            return nodes.size();
        }));
    }

    private static void assertEveryAcknowledgedEventStoredOnce(StoredEvents events, List<CustodyTrip> trips,
                                                               Parties parties, long setupEvents,
                                                               int receiverSetupEvents) throws InterruptedException {
        long receipts = trips.stream().filter(t -> t.acknowledged().contains(CustodyTrip.Step.RECEIPT)).count();
        // a receipt holds room on the receiver (AdmissionReserved); a process confirms it after the receipt
        // (WasteAdmitted), in the background
        int receiverEvents = receiverSetupEvents + 2 * (int) receipts;
        Await.until("the receipts' admissions confirmed", Duration.ofMinutes(10),
                () -> events.count(parties.receiver()), count -> count >= receiverEvents);
        Map<String, Integer> stored = events.perAggregate();
        for (CustodyTrip trip : trips) {
            assertThat(stored.get(trip.batchId().toString())).as("events of batch %s", trip.batchId())
                    .isEqualTo(trip.batchEvents());
            assertThat(stored.get(trip.manifestId().toString())).as("events of manifest %s", trip.manifestId())
                    .isEqualTo(trip.manifestEvents());
        }
        assertThat(stored.get(parties.receiver().toString())).isEqualTo(receiverEvents);
        long expected = setupEvents + trips.stream().mapToLong(t -> t.batchEvents() + t.manifestEvents()).sum()
                + 2 * receipts;
        assertThat(events.total()).as("events in the store").isEqualTo(expected);
        assertThat(events.duplicateEventIdentifiers()).isZero();
        assertThat(events.duplicateGlobalIndexes()).isZero();
        assertThat(events.aggregatesWithSequenceGaps()).isEmpty();
        assertThat(events.eventsOutOfGlobalOrder()).isZero();
    }

    private static void assertManifestNumbersUnique(StoredEvents events, List<CustodyTrip> trips) {
        Set<String> numbers = trips.stream().map(CustodyTrip::number).collect(Collectors.toSet());
        assertThat(numbers).hasSize(trips.size()).allMatch(n -> n.matches("\\d{14}"));
        assertThat(events.ofType("ManifestSubmitted")).isEqualTo(trips.size());
    }

    /** Polls both nodes until they answer alike and the answers are the load's own figures. */
    private static ReadSide converge(List<URI> nodes, Parties parties, List<CustodyTrip> trips, StoredEvents events)
            throws InterruptedException {
        long partial = trips.stream().filter(CustodyTrip::partial).count();
        String generated = tonnes(100L * trips.size());
        String incinerated = tonnes(trips.stream().mapToLong(t -> Long.parseLong(t.acceptedKg())).sum());
        Object sample = trips.get(trips.size() / 2).number();
        try {
            Await.until("both nodes answer alike with the load's figures", Duration.ofMinutes(10),
                    () -> nodes.stream().map(node -> ReadSide.of(node, parties, sample)).toList(),
                    reads -> reads.stream().distinct().count() == 1
                            && reads.get(0).figure("generated").equals(generated)
                            && reads.get(0).figure("incinerated").equals(incinerated)
                            && reads.get(0).figure("inStorageAtEnd").equals("0.000")
                            && reads.get(0).alerts("DISCREPANCY", "CLOSED") == partial
                            && reads.get(0).alerts().path("total").asLong() == partial
                            && reads.get(0).feedItems() == events.total());
        } catch (AssertionError notConverged) {
            throw new AssertionError(notConverged.getMessage() + "; store: " + events.positions(), notConverged);
        }
        return ReadSide.of(nodes.get(0), parties, sample);
    }

    static String tonnes(long kg) {
        return BigDecimal.valueOf(kg).movePointLeft(3).setScale(3).toPlainString();
    }

    static void report(String what, Duration took) {
        System.out.printf("[several nodes] %s %.1f s%n", what, took.toMillis() / 1000.0);
    }
}
