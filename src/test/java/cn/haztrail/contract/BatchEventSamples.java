package cn.haztrail.contract;

import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.batch.api.RepackKind;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.batch.api.BatchReleased;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.time.LateEntryReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Fixed examples of the batch's events: one drum lot of waste mineral oil from generation to incineration. */
final class BatchEventSamples {

    static final UUID BATCH = UUID.fromString("0b5e1c7a-2d4f-4e8a-9b1c-3d5e7f9a1b2c");
    static final UUID PRODUCER = UUID.fromString("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
    static final UUID CARRIER = UUID.fromString("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
    static final UUID RECEIVER = UUID.fromString("8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a");
    static final UUID MANIFEST = UUID.fromString("a0f1a2b3-c4d5-4e6f-9a7b-8c9d0e1f2a3b");
    static final UUID REPACKED = UUID.fromString("c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f");

    private BatchEventSamples() {
    }

    static List<Object> all() {
        Instant generated = Instant.parse("2026-11-20T01:30:00Z");
        Instant limit = Instant.parse("2027-11-20T01:30:00Z");
        return List.of(
                new BatchRegistered(BATCH, PRODUCER, "91360200MA35G8XK2H9002490820261120001", "2021", "900-249-08",
                        Quantity.kg("1250.50"), PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 4),
                        List.of(HazardCharacteristic.T, HazardCharacteristic.I), "废矿物油 95%，水 5%", generated,
                        "1号危废暂存间 A-03", limit),
                new BatchAllocated(BATCH, MANIFEST, Instant.parse("2026-11-24T01:00:00Z")),
                new BatchReleased(BATCH, MANIFEST, "联单撤销"),
                new BatchPickedUp(BATCH, MANIFEST, CARRIER, Instant.parse("2026-11-23T01:00:00Z")),
                new BatchDelivered(BATCH, MANIFEST, RECEIVER, Instant.parse("2026-11-23T03:00:00Z")),
                new BatchReceived(BATCH, MANIFEST, RECEIVER, Quantity.tonnes("1.238"), true,
                        Instant.parse("2026-11-23T06:00:00Z")),
                new BatchRejected(BATCH, MANIFEST, RECEIVER, "包装破损，渗漏", Instant.parse("2026-11-23T05:00:00Z")),
                new BatchReturnedToStorage(BATCH, MANIFEST, Quantity.kg("1238"), Instant.parse("2026-11-25T02:00:00Z")),
                new BatchStorageOverdue(BATCH, PRODUCER, limit),
                new BatchDisposed(BATCH, RECEIVER, "D10", Quantity.tonnes("1.238"), LocalDate.of(2026, 11, 26),
                        Instant.parse("2026-11-26T06:00:00Z"), LateEntryReason.DEVICE_OFFLINE),
                new BatchRepacked(REPACKED, RECEIVER, "91360200MA37KT6B8P9002490820261126001", "2021", "900-249-08",
                        Quantity.kg("1233"), PhysicalForm.LIQUID, new Packaging(PackagingType.IBC, 2),
                        List.of(HazardCharacteristic.T, HazardCharacteristic.I), RepackKind.CONSOLIDATION,
                        List.of(new BatchShare(BATCH, "91360200MA35G8XK2H9002490820261120001", Quantity.kg("1238"))),
                        Quantity.kg("5"), "沥干的水分", Instant.parse("2026-11-26T05:00:00Z"),
                        Instant.parse("2027-11-25T03:00:00Z")));
    }
}
