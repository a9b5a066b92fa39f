package cn.haztrail.contract;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.manifest.api.*;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.time.LateEntryReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Fixed examples of the manifest's events. */
final class ManifestEventSamples {

    private static final UUID MANIFEST = UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    private static final UUID CONSIGNOR = UUID.fromString("4f0c3a52-1d2e-3b4a-9c8d-7e6f5a4b3c2d");
    private static final UUID RECEIVER = UUID.fromString("5a1d4b63-2e3f-4c5b-8d9e-8f7a6b5c4d3e");
    private static final UUID CARRIER = UUID.fromString("6b2e5c74-3f4a-4d6c-9e0f-9a8b7c6d5e4f");
    private static final UUID NEXT_CARRIER = UUID.fromString("7c3f6d85-4a5b-4e7d-8f1a-0b9c8d7e6f5a");
    private static final UUID BATCH = UUID.fromString("8d4a7e96-5b6c-4f8e-9a2b-1c0d9e8f7a6b");
    private static final UUID CORRECTION = UUID.fromString("9e5b8fa7-6c7d-4a9f-8b3c-2d1e0f9a8b7c");
    private static final UUID EXEMPTION = UUID.fromString("3c8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
    private static final UUID DRIVER = UUID.fromString("af6c9ab8-7d8e-4b0a-9c4d-3e2f1a0b9c8d");
    private static final Instant AT = Instant.parse("2026-11-25T00:30:00Z");

    private ManifestEventSamples() {
    }

    static List<Object> all() {
        BatchLine line = new BatchLine(BATCH, "91360200MA35G8XK2H90024908202611230001", "2021", "900-249-08",
                "其他生产、销售、使用过程中产生的废矿物油及沾染矿物油的废弃包装物", Quantity.kg("1200.500"),
                PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 6),
                List.of(HazardCharacteristic.T, HazardCharacteristic.I));
        List<FieldChange> changes = List.of(new FieldChange("vehiclePlate", "赣H12345", "赣H67890"));
        return List.of(
                new ManifestDrafted(MANIFEST, ManifestKind.TRANSFER, CONSIGNOR, "360203", RECEIVER, "360222",
                        List.of(CARRIER, NEXT_CARRIER), "赣H12345", LocalDate.of(2026, 11, 25), List.of(line), "D10",
                        null, "泄漏时用吸附棉围堵", null, AT, null, List.of(new ExemptLine(line.batchId(), EXEMPTION))),
                new ManifestSubmitted(MANIFEST, "20263602000001", AT, null),
                new RefusalRecorded(MANIFEST, "receipt", "R04", "12.5 t do not fit: licence 赣危废经字第360200001号 has 2.0 "
                        + "t left of its 5000 t annual capacity in the licence year from 2026-01-01",
                        "refused.registry.capacity-exceeded",
                        List.of("12.5", "赣危废经字第360200001号", "2.0", "5000", "2026-01-01")),
                new ManifestCancelled(MANIFEST, "车辆故障", AT, null),
                new LoadingRefused(MANIFEST, CARRIER, List.of("91360200MA35G8XK2H90024908202611230001"),
                        List.of("91360200MA35G8XK2H90024908202611230002")),
                new ManifestPickedUp(MANIFEST, CARRIER, "赣H12345", DRIVER, AT, LateEntryReason.PAPER_BACKFILL),
                new HandoverOffered(MANIFEST, CARRIER, NEXT_CARRIER, AT, null),
                new HandoverCompleted(MANIFEST, CARRIER, NEXT_CARRIER, "赣A88888", AT, null),
                new ManifestArrived(MANIFEST, NEXT_CARRIER, AT, Instant.parse("2026-12-02T16:00:00Z"), null),
                new ReceiptOverdue(MANIFEST, RECEIVER, Instant.parse("2026-12-02T16:00:00Z")),
                new DiscrepancyRecorded(MANIFEST, BATCH, List.of(DiscrepancyKind.QUANTITY), Quantity.kg("1200.500"),
                        Quantity.kg("1100"), 6, 6, "过磅少8%"),
                new ManifestReceived(MANIFEST, RECEIVER, List.of(new LineOutcome(BATCH, LineDecision.PARTIAL,
                        Quantity.kg("1100"), "D10", List.of(DiscrepancyKind.QUANTITY), "过磅少8%", null,
                        "900-041-49")), ReceiptOutcome.PARTIALLY_ACCEPTED, AT, false, null, ManifestKind.TRANSFER,
                        ApprovalEventSamples.APPROVAL),
                new FollowOnLinked(MANIFEST, CORRECTION, ManifestKind.REDIRECT),
                new CorrectionProposed(MANIFEST, CORRECTION, CONSIGNOR, changes, "换车", List.of(RECEIVER, CARRIER), AT,
                        null),
                new CorrectionApproved(MANIFEST, CORRECTION, CARRIER, AT, null),
                new CorrectionRejected(MANIFEST, CORRECTION, RECEIVER, "车辆未备案", AT, null),
                new CorrectionApplied(MANIFEST, CORRECTION, changes));
    }
}
