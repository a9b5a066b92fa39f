package cn.haztrail.collection.command;

import cn.haztrail.collection.api.AddRoundStop;
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
import java.util.List;
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

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CollectionRound.class);
        fixture.registerInjectableResource(TestStepTimes.notUnderTest());
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
                .expectEvents(new CollectionRoundStopAdded(ROUND, 1, MANIFEST, PLANT));
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
        fixture.given(planned(), new CollectionRoundStopAdded(ROUND, 1, first, PLANT))
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
                .expectEvents(new CollectionRoundStopAdded(ROUND, 1, MANIFEST, CLINIC));
    }

    @Test
    void R42_a_round_sets_out_only_with_a_stop() {
        fixture.given(planned())
                .when(new StartCollectionRound(ROUND, Instant.parse("2026-11-25T00:30:00Z")))
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R42", "roundId"));
    }

    @Test
    void R42_a_round_that_set_out_takes_no_more_stops() {
        fixture.given(planned(), new CollectionRoundStopAdded(ROUND, 1, UUID.randomUUID(), PLANT),
                        new CollectionRoundStarted(ROUND, Instant.parse("2026-11-25T00:30:00Z")))
                .when(new AddRoundStop(ROUND, manifest(CLINIC, COLLECTOR, "赣H12345", null)))
                .expectException(refused(RefusalReason.CONFLICT, "R42", "roundId"));
    }
}
