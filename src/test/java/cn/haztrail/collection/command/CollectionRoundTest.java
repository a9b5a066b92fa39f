package cn.haztrail.collection.command;

import cn.haztrail.collection.api.AddRoundStop;
import cn.haztrail.collection.api.CompleteCollectionRound;
import cn.haztrail.collection.api.CollectionRoundCompleted;
import cn.haztrail.collection.api.CollectionRoundCompleted.CollectedStop;
import cn.haztrail.collection.api.CollectionRoundPlanned;
import cn.haztrail.collection.api.CollectionRoundStarted;
import cn.haztrail.collection.api.CollectionRoundStopAdded;
import cn.haztrail.collection.api.PlanCollectionRound;
import cn.haztrail.collection.api.StartCollectionRound;
import cn.haztrail.collection.api.StopManifest;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.haztrail.support.Refusals.refused;

/** R42-R44: a round is planned, takes one open manifest per producer to its collector, and sets out. */
class CollectionRoundTest {

    static final UUID ROUND = UUID.fromString("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f");
    static final UUID COLLECTOR = UUID.fromString("5e1a3b0e-7a4c-3d55-9a54-2f1c0b7e6d21");
    static final UUID CARRIER = UUID.fromString("0c7f4d26-63d4-3c3b-9f4e-3b8a4b7c2d10");
    static final UUID PLANT = UUID.fromString("538fd8a0-259c-36ba-86a8-b09e6c110c02");
    static final UUID CLINIC = UUID.fromString("7196e4a4-fc4c-3250-b037-02618d373ba5");
    static final UUID MANIFEST = UUID.fromString("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a");
    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    /** 24:00 of the round's day in China. */
    static final Instant DAY_END = Instant.parse("2026-11-25T16:00:00Z");

    private AggregateTestFixture<CollectionRound> fixture;
    private final Map<UUID, List<UUID>> roundsOfManifests = new HashMap<>();
    private final Map<UUID, Instant> pickups = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CollectionRound.class);
        fixture.registerInjectableResource(TestStepTimes.notUnderTest());
        fixture.registerInjectableResource(new RoundStops() {
            @Override
            public List<UUID> roundsOf(UUID manifestId) {
                return roundsOfManifests.getOrDefault(manifestId, List.of());
            }

            @Override
            public Map<UUID, Instant> pickups(UUID roundId) {
                return pickups;
            }
        });
    }

    private static CollectionRoundPlanned planned() {
        return new CollectionRoundPlanned(ROUND, COLLECTOR, CARRIER, "赣H12345", DAY);
    }

    private static StopManifest manifest(UUID producer, UUID receiver, String plate, Instant medicalLimit) {
        return new StopManifest(MANIFEST, producer, receiver, List.of(CARRIER), plate, true, medicalLimit);
    }

    @Test
    void R42_a_round_is_planned_with_its_collector_carrier_vehicle_and_day() {
        fixture.givenNoPriorActivity()
                .when(new PlanCollectionRound(ROUND, COLLECTOR, CARRIER, " 赣H12345 ", DAY))
                .expectEvents(planned());
    }

    @Test
    void R42_a_round_without_a_vehicle_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new PlanCollectionRound(ROUND, COLLECTOR, CARRIER, " ", DAY))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R42", "vehiclePlate"));
    }

    @Test
    void R43_a_manifest_to_the_collector_by_its_carrier_and_vehicle_is_the_next_stop() {
        fixture.given(planned())
                .when(new AddRoundStop(ROUND, manifest(PLANT, COLLECTOR, "赣H12345", null)))
                .expectEvents(new CollectionRoundStopAdded(ROUND, 1, MANIFEST, PLANT, null));
    }

    @Test
    void R43_a_manifest_in_another_vehicle_is_refused() {
        fixture.given(planned())
                .when(new AddRoundStop(ROUND, manifest(PLANT, COLLECTOR, "赣H67890", null)))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R43", "manifestId"));
    }

    @Test
    void R43_a_second_manifest_of_one_producer_is_refused() {
        UUID first = UUID.randomUUID();
        fixture.given(planned(), new CollectionRoundStopAdded(ROUND, 1, first, PLANT, null))
                .when(new AddRoundStop(ROUND, manifest(PLANT, COLLECTOR, "赣H12345", null)))
                .expectException(refused(RefusalReason.CONFLICT, "R43", "manifestId"));
    }

    @Test
    void R44_a_medical_batch_whose_48_hours_end_before_the_day_ends_is_refused() {
        fixture.given(planned())
                .when(new AddRoundStop(ROUND, manifest(CLINIC, COLLECTOR, "赣H12345", DAY_END.minusSeconds(1))))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R44", "manifestId"));
    }

    @Test
    void R44_a_medical_batch_whose_48_hours_last_the_whole_day_is_collected() {
        fixture.given(planned())
                .when(new AddRoundStop(ROUND, manifest(CLINIC, COLLECTOR, "赣H12345", DAY_END)))
                .expectEvents(new CollectionRoundStopAdded(ROUND, 1, MANIFEST, CLINIC, DAY_END));
    }

    @Test
    void R42_a_round_sets_out_only_with_a_stop() {
        fixture.given(planned())
                .when(new StartCollectionRound(ROUND, Instant.parse("2026-11-25T00:30:00Z")))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R42", "roundId"));
    }

    @Test
    void R42_a_round_that_set_out_takes_no_more_stops() {
        fixture.given(planned(), new CollectionRoundStopAdded(ROUND, 1, UUID.randomUUID(), PLANT, null),
                        new CollectionRoundStarted(ROUND, Instant.parse("2026-11-25T00:30:00Z")))
                .when(new AddRoundStop(ROUND, manifest(CLINIC, COLLECTOR, "赣H12345", null)))
                .expectException(refused(RefusalReason.CONFLICT, "R42", "roundId"));
    }

    @Test
    void R43_a_manifest_waiting_on_another_round_not_completed_is_refused() {
        roundsOfManifests.put(MANIFEST, List.of(UUID.randomUUID()));

        fixture.given(planned())
                .when(new AddRoundStop(ROUND, manifest(PLANT, COLLECTOR, "赣H12345", null)))
                .expectException(refused(RefusalReason.CONFLICT, "R43", "manifestId"));
    }

    @Test
    void R42_a_round_completes_with_its_pickups_in_their_order_and_the_stops_not_collected_listed() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        // The vehicle called at stop 2 before stop 1, and came back without stop 3's waste.
        pickups.put(second, Instant.parse("2026-11-25T01:00:00Z"));
        pickups.put(first, Instant.parse("2026-11-25T02:00:00Z"));
        Instant back = Instant.parse("2026-11-25T09:00:00Z");

        fixture.given(planned(), new CollectionRoundStopAdded(ROUND, 1, first, PLANT, null),
                        new CollectionRoundStopAdded(ROUND, 2, second, CLINIC, DAY_END),
                        new CollectionRoundStopAdded(ROUND, 3, third, UUID.randomUUID(), null),
                        new CollectionRoundStarted(ROUND, Instant.parse("2026-11-25T00:30:00Z")))
                .when(new CompleteCollectionRound(ROUND, back))
                .expectEvents(new CollectionRoundCompleted(ROUND, back, List.of(
                        new CollectedStop(2, second, Instant.parse("2026-11-25T01:00:00Z")),
                        new CollectedStop(1, first, Instant.parse("2026-11-25T02:00:00Z"))), List.of(3)));
    }
}
