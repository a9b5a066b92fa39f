package cn.haztrail.contract;

import cn.haztrail.collection.api.CollectionRoundCompleted;
import cn.haztrail.collection.api.CollectionRoundPlanned;
import cn.haztrail.collection.api.CollectionRoundStarted;
import cn.haztrail.collection.api.CollectionRoundStopAdded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Fixed examples of the collection round's events. */
final class CollectionEventSamples {

    static final UUID ROUND = UUID.fromString("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f");
    static final UUID COLLECTOR = UUID.fromString("5e1a3b0e-7a4c-3d55-9a54-2f1c0b7e6d21");
    static final UUID CARRIER = UUID.fromString("0c7f4d26-63d4-3c3b-9f4e-3b8a4b7c2d10");
    static final UUID PRODUCER = UUID.fromString("538fd8a0-259c-36ba-86a8-b09e6c110c02");
    static final UUID MANIFEST = UUID.fromString("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a");

    private CollectionEventSamples() {
    }

    static List<Object> all() {
        return List.of(
                new CollectionRoundPlanned(ROUND, COLLECTOR, CARRIER, "赣H12345", LocalDate.of(2026, 11, 25)),
                new CollectionRoundStopAdded(ROUND, 1, MANIFEST, PRODUCER, Instant.parse("2026-11-26T02:00:00Z")),
                new CollectionRoundStarted(ROUND, Instant.parse("2026-11-25T00:30:00Z")),
                new CollectionRoundCompleted(ROUND, Instant.parse("2026-11-25T09:45:00Z"),
                        List.of(new CollectionRoundCompleted.CollectedStop(1, MANIFEST,
                                Instant.parse("2026-11-25T02:10:00Z"))), List.of(2)));
    }
}
