package cn.haztrail.ledger.query;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.domain.Quantity;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The hand-computed scenario of the ledger tests, as events (times in UTC; days in Asia/Shanghai, UTC+8):
 * producer P generates A 1000 kg on 10 Jan 2026 and B 500 kg on 15 Jan, and C 200 kg at 00:30 on 1 Feb (16:30 UTC
 * on 31 Jan). A leaves on manifest M on 20 Jan with carrier K (driver D); facility F accepts 800 kg of it on 21 Jan
 * (a partial receipt) for D10 and incinerates the 800 kg on 5 Feb. P utilizes C itself (R4) on 10 Feb. B stays.
 */
final class LedgerScenario {

    final UUID producer = UUID.randomUUID();
    final UUID facility = UUID.randomUUID();
    final UUID carrier = UUID.randomUUID();
    final UUID driver = UUID.randomUUID();
    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();
    final UUID c = UUID.randomUUID();
    final UUID manifest = UUID.randomUUID();
    final String producerAccount = UUID.randomUUID().toString();
    final String facilityAccount = UUID.randomUUID().toString();

    /** The batch streams' events, each in its stream's order. */
    void batchEvents(LedgerProjection projection) {
        projection.on(registered(a, "1000", "2026-01-10T02:00:00Z", 5), by(producerAccount));
        projection.on(registered(b, "500", "2026-01-15T02:00:00Z", 2), by(producerAccount));
        projection.on(registered(c, "200", "2026-01-31T16:30:00Z", 1), by(producerAccount));
        projection.on(new BatchDisposed(a, facility, "D10", Quantity.kg("800"), LocalDate.parse("2026-02-05"),
                Instant.parse("2026-02-05T03:00:00Z"), null), by(facilityAccount));
        projection.on(new BatchDisposed(c, producer, "R4", Quantity.kg("200"), LocalDate.parse("2026-02-10"),
                Instant.parse("2026-02-10T03:00:00Z"), null), by(producerAccount));
    }

    /** The manifest stream's events, in its order. */
    void manifestEvents(LedgerProjection projection) {
        projection.on(new ManifestDrafted(manifest, ManifestKind.TRANSFER, producer, "360222", facility, "360200",
                List.of(carrier), "赣H12345", LocalDate.parse("2026-01-20"), List.of(line(a, "1000", 5)), "D10",
                null, "防泄漏", null, Instant.parse("2026-01-18T02:00:00Z"), null));
        projection.on(new ManifestSubmitted(manifest, "36020026000001", Instant.parse("2026-01-19T02:00:00Z"), null));
        projection.on(new ManifestPickedUp(manifest, carrier, "赣H12345", driver,
                Instant.parse("2026-01-20T02:00:00Z"), null), by(UUID.randomUUID().toString()));
        projection.on(new ManifestReceived(manifest, facility, List.of(new LineOutcome(a, LineDecision.PARTIAL,
                Quantity.kg("800"), "D10", List.of(), "少200 kg")), ReceiptOutcome.PARTIALLY_ACCEPTED,
                Instant.parse("2026-01-21T02:00:00Z"), false, null), by(facilityAccount));
    }

    private BatchRegistered registered(UUID batch, String kg, String at, int drums) {
        return new BatchRegistered(batch, producer, "label-" + batch, "2025", "900-249-08", Quantity.kg(kg),
                PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, drums), List.of(HazardCharacteristic.T),
                "废矿物油", Instant.parse(at), "危废暂存间A区", Instant.parse(at).plusSeconds(31_536_000));
    }

    private BatchLine line(UUID batch, String kg, int drums) {
        return new BatchLine(batch, "label-" + batch, "2025", "900-249-08", "废矿物油", Quantity.kg(kg),
                PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, drums), List.of(HazardCharacteristic.T));
    }

    static MetaData by(String account) {
        return MetaData.with(AuditMetadata.ACCOUNT_ID, account);
    }
}
