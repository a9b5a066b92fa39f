package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.shared.domain.Quantity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Fixed parties and event payloads for the chain-of-custody unit tests. */
final class CustodyEvents {

    static final UUID PRODUCER = UUID.fromString("4f0c3a52-1d2e-4b4a-9c8d-7e6f5a4b3c2d");
    static final UUID RECEIVER = UUID.fromString("5a1d4b63-2e3f-4c5b-8d9e-8f7a6b5c4d3e");
    static final UUID OTHER_RECEIVER = UUID.fromString("5b2e5c74-3f4a-4d6c-9e0f-9a8b7c6d5e4f");
    static final UUID CARRIER = UUID.fromString("6b2e5c74-3f4a-4d6c-9e0f-9a8b7c6d5e4f");
    static final UUID NEXT_CARRIER = UUID.fromString("7c3f6d85-4a5b-4e7d-8f1a-0b9c8d7e6f5a");
    static final UUID BATCH = UUID.fromString("8d4a7e96-5b6c-4f8e-9a2b-1c0d9e8f7a6b");
    static final UUID MANIFEST = UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    static final UUID FOLLOW_ON = UUID.fromString("9e5b8fa7-6c7d-4a9f-8b3c-2d1e0f9a8b7c");
    static final UUID DRIVER = UUID.fromString("af6c9ab8-7d8e-4b0a-9c4d-3e2f1a0b9c8d");
    static final String LABEL = "91360200MA35G8XK2H90024908202611230001";
    static final Instant AT = Instant.parse("2026-11-25T00:30:00Z");

    static final EnterpriseNames NAMES = new EnterpriseNames(id -> Optional.ofNullable(Map.of(
            PRODUCER, "景德镇市昌南化工有限公司", RECEIVER, "景德镇市危险废物综合处置中心",
            OTHER_RECEIVER, "宜春市丰城南方水泥有限公司", CARRIER, "景德镇市安运危险货物运输有限公司",
            NEXT_CARRIER, "宜春市赣西危险品运输有限公司").get(id)));

    private CustodyEvents() {
    }

    static BatchRegistered registered(String kg) {
        return new BatchRegistered(BATCH, PRODUCER, LABEL, "2021", "900-249-08", Quantity.kg(kg),
                PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 5), List.of(HazardCharacteristic.T),
                "矿物油", AT.minusSeconds(86_400), "危废暂存间A区", AT.plusSeconds(365L * 86_400));
    }

    static ManifestDrafted drafted(UUID manifest, UUID receiver, UUID previous, String kg) {
        return drafted(manifest, previous == null ? ManifestKind.TRANSFER : ManifestKind.REDIRECT, receiver, previous,
                kg);
    }

    /** A return manifest: the rejected waste goes back to its producer. */
    static ManifestDrafted returning(UUID manifest, UUID previous, String kg) {
        return drafted(manifest, ManifestKind.RETURN, PRODUCER, previous, kg);
    }

    private static ManifestDrafted drafted(UUID manifest, ManifestKind kind, UUID receiver, UUID previous, String kg) {
        BatchLine line = new BatchLine(BATCH, LABEL, "2021", "900-249-08", "废矿物油", Quantity.kg(kg),
                PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 5), List.of(HazardCharacteristic.T));
        return new ManifestDrafted(manifest, kind, PRODUCER, "360203", receiver, "360222", List.of(CARRIER,
                NEXT_CARRIER), "赣H12345", LocalDate.of(2026, 11, 25), List.of(line), "D10", null, "泄漏时用吸附棉围堵",
                previous, null, null);
    }

    static ManifestReceived received(UUID manifest, UUID receiver, LineDecision decision, String kg, String method,
                                     List<DiscrepancyKind> kinds) {
        LineOutcome line = new LineOutcome(BATCH, decision, kg == null ? null : Quantity.kg(kg), method, kinds, null);
        ReceiptOutcome outcome = decision == LineDecision.ACCEPT ? ReceiptOutcome.ACCEPTED
                : decision == LineDecision.PARTIAL ? ReceiptOutcome.PARTIALLY_ACCEPTED : ReceiptOutcome.REJECTED;
        return new ManifestReceived(manifest, receiver, List.of(line), outcome, AT, false, null);
    }
}
