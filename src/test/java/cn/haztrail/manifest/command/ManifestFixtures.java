package cn.haztrail.manifest.command;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.manifest.api.*;
import cn.haztrail.shared.domain.Quantity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Fixed parties, lines and events for manifest scenarios. */
final class ManifestFixtures {

    static final UUID MANIFEST = UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    static final UUID CONSIGNOR = UUID.fromString("00000000-0000-0000-0000-00000000c011");
    static final UUID RECEIVER = UUID.fromString("00000000-0000-0000-0000-0000000ec001");
    static final UUID CARRIER_1 = UUID.fromString("00000000-0000-0000-0000-0000000ca001");
    static final UUID CARRIER_2 = UUID.fromString("00000000-0000-0000-0000-0000000ca002");
    static final UUID BATCH_A = UUID.fromString("00000000-0000-0000-0000-00000000ba0a");
    static final UUID BATCH_B = UUID.fromString("00000000-0000-0000-0000-00000000ba0b");
    static final String LABEL_A = "91360200MA35G8XK2H90024908202611230001";
    static final String LABEL_B = "91360200MA35G8XK2H90004149202611230001";
    static final BatchLine LINE_A = new BatchLine(BATCH_A, LABEL_A, "2021", "900-249-08", "废矿物油",
            Quantity.kg("1000"), PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 5),
            List.of(HazardCharacteristic.T, HazardCharacteristic.I));
    static final BatchLine LINE_B = new BatchLine(BATCH_B, LABEL_B, "2021", "900-041-49", "废包装物",
            Quantity.kg("200"), PhysicalForm.SOLID, new Packaging(PackagingType.BAG, 10),
            List.of(HazardCharacteristic.T));
    /** Wednesday 2026-09-16, 10:00 and 11:00 in Shanghai. */
    static final Instant DRAFTED_AT = Instant.parse("2026-09-16T02:00:00Z");
    static final Instant SUBMITTED_AT = Instant.parse("2026-09-16T03:00:00Z");
    /** Friday 2026-09-18, 10:00 in Shanghai. */
    static final Instant FRIDAY_ARRIVAL = Instant.parse("2026-09-18T02:00:00Z");

    private ManifestFixtures() {
    }

    static DraftManifest draft(List<UUID> carriers, String destinationRegion, UUID approval) {
        return new DraftManifest(MANIFEST, ManifestKind.TRANSFER, CONSIGNOR, "360203", RECEIVER, destinationRegion,
                carriers, "赣H12345", LocalDate.of(2026, 9, 17), List.of(LINE_A, LINE_B), "D10", approval, "围堵",
                null, DRAFTED_AT, null);
    }

    static ManifestDrafted drafted(List<UUID> carriers) {
        return new ManifestDrafted(MANIFEST, ManifestKind.TRANSFER, CONSIGNOR, "360203", RECEIVER, "360222", carriers,
                "赣H12345", LocalDate.of(2026, 9, 17), List.of(LINE_A, LINE_B), "D10", null, "围堵", null, DRAFTED_AT, null);
    }

    static Object[] inTransit(UUID... carriers) {
        return new Object[]{drafted(List.of(carriers)), new ManifestSubmitted(MANIFEST, "20263602000001", SUBMITTED_AT, null),
                new ManifestPickedUp(MANIFEST, carriers[0], "赣H12345", null, Instant.parse("2026-09-17T01:00:00Z"), null)};
    }

    static Object[] arrived() {
        Object[] transit = inTransit(CARRIER_1);
        return new Object[]{transit[0], transit[1], transit[2],
                new ManifestArrived(MANIFEST, CARRIER_1, FRIDAY_ARRIVAL, Instant.parse("2026-09-24T16:00:00Z"), null)};
    }

    static ReceiptLine accept(UUID batch, String kg, int containers) {
        return new ReceiptLine(batch, LineDecision.ACCEPT, Quantity.kg(kg), true, true, true, true, containers, "D10",
                null);
    }

    static ReceiptLine reject(UUID batch, int containers) {
        return new ReceiptLine(batch, LineDecision.REJECT, null, false, true, true, true, containers, null, "不符");
    }
}
