package cn.haztrail.ledger.query;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.batch.api.RepackKind;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.ledger.query.LedgerScenario.by;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holder's ledger through a consolidation and a split (R39), computed by hand (times UTC, days in Shanghai).
 * Collector C accepts X 1000 kg from producer P and Y 600 kg from producer Q on 2 March; consolidates them into N
 * 1500 kg with a loss of 100 kg (挥发) on 10 March; splits N into N1 900 kg (the split's 50 kg loss, 沥漏, recorded
 * on it) and N2 550 kg on 20 March; ships N2 to facility F on 25 March.
 */
@IntegrationTest
class LedgerRepackingTest {

    private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");

    @Autowired
    LedgerProjection projection;
    @Autowired
    LedgerLines lines;
    @Autowired
    LedgerSummaries summaries;

    final UUID producerP = UUID.randomUUID();
    final UUID producerQ = UUID.randomUUID();
    final UUID collector = UUID.randomUUID();
    final UUID facility = UUID.randomUUID();
    final UUID carrier = UUID.randomUUID();
    final UUID x = UUID.randomUUID();
    final UUID y = UUID.randomUUID();
    final UUID n = UUID.randomUUID();
    final UUID n1 = UUID.randomUUID();
    final UUID n2 = UUID.randomUUID();
    final String account = UUID.randomUUID().toString();

    @Test
    void r39_given_a_consolidation_and_a_split_with_losses_when_summarized_then_only_the_losses_leave_storage() {
        givenConsolidatedAndSplit();

        // received 1.000 + 0.600 = 1.600;
        // out: X 1.000 + Y 0.600 (consolidation) + N 0.950 + N 0.550 (split) = 3.100;
        // in: N 1.500 + N1 0.900 + N2 0.550 = 2.950; shipped N2 0.550;
        // stored 1.600 - 3.100 + 2.950 - 0.550 = 0.900: N1, what C holds (1.600 less the losses 0.100 + 0.050, less
        // the 0.550 shipped). Nothing utilized or disposed of: a repacking is neither.
        assertThat(summaries.summarize(collector, SummaryGrain.MONTH, MARCH_1, MARCH_1))
                .map(p -> "received " + p.received() + " shipped " + p.shipped() + " done " + p.utilizedOrDisposed()
                        + " " + p.byMethod() + " stored " + p.storedAtEnd())
                .containsExactly("received 1.600 shipped 0.550 done 0.000 {} stored 0.900");
    }

    @Test
    void r39_given_a_consolidation_and_a_split_when_the_holders_ledger_is_read_then_shares_out_batches_in_and_losses_with_their_reasons() {
        givenConsolidatedAndSplit();

        assertThat(ledger(collector, null)).containsExactlyInAnyOrder(
                "2026-03-02 RECEIVED " + x + " 1000.0000 kg null",
                "2026-03-02 RECEIVED " + y + " 600.0000 kg null",
                "2026-03-10 REPACKED_OUT " + x + " 1000.0000 kg null",
                "2026-03-10 REPACKED_OUT " + y + " 600.0000 kg null",
                "2026-03-10 REPACKED_IN " + n + " 1500.0000 kg null",
                "2026-03-10 REPACK_LOSS " + n + " 100.0000 kg 挥发",
                "2026-03-20 REPACKED_OUT " + n + " 950.0000 kg null",
                "2026-03-20 REPACKED_IN " + n1 + " 900.0000 kg null",
                "2026-03-20 REPACK_LOSS " + n1 + " 50.0000 kg 沥漏",
                "2026-03-20 REPACKED_OUT " + n + " 550.0000 kg null",
                "2026-03-20 REPACKED_IN " + n2 + " 550.0000 kg null",
                "2026-03-25 SHIPPED " + n2 + " 550.0000 kg null");
    }

    @Test
    void r39_given_a_repacking_when_the_registers_are_read_then_its_lines_are_in_the_holders_managed_register_only() {
        givenConsolidatedAndSplit();

        assertThat(ledger(collector, Register.MANAGED)).hasSize(9)
                .allMatch(line -> line.contains(" REPACK"));
        assertThat(ledger(collector, Register.INCOMING)).hasSize(2);
        assertThat(ledger(collector, Register.OUTGOING)).containsExactly(
                "2026-03-25 SHIPPED " + n2 + " 550.0000 kg null");
        assertThat(lines.count(new LedgerFilter(producerP, Register.MANAGED, null, null, null, null))).isZero();
        assertThat(lines.count(new LedgerFilter(facility, null, null, null, null, null))).isZero();
    }

    @Test
    void r39_given_a_redelivered_repacking_when_the_ledger_is_read_then_no_line_is_added() {
        givenConsolidatedAndSplit();

        projection.on(consolidation(), by(account));

        assertThat(lines.count(new LedgerFilter(collector, null, null, null, null, null))).isEqualTo(12);
    }

    private void givenConsolidatedAndSplit() {
        projection.on(registered(x, producerP, "1000"), by(account));
        projection.on(registered(y, producerQ, "600"), by(account));
        received(x, producerP, "1000");
        received(y, producerQ, "600");
        projection.on(consolidation(), by(account));
        projection.on(repacked(n1, RepackKind.SPLIT, "900", List.of(share(n, "950")), "50", "沥漏",
                "2026-03-20T02:00:00Z"), by(account));
        projection.on(repacked(n2, RepackKind.SPLIT, "550", List.of(share(n, "550")), null, null,
                "2026-03-20T02:00:00Z"), by(account));
        UUID shipment = UUID.randomUUID();
        projection.on(drafted(shipment, collector, facility, n2, "550", "2026-03-25"));
        projection.on(new ManifestPickedUp(shipment, carrier, "赣H12345", UUID.randomUUID(),
                Instant.parse("2026-03-25T02:00:00Z"), null), by(account));
    }

    private BatchRepacked consolidation() {
        return repacked(n, RepackKind.CONSOLIDATION, "1500", List.of(share(x, "1000"), share(y, "600")), "100", "挥发",
                "2026-03-10T02:00:00Z");
    }

    private void received(UUID batch, UUID producer, String kg) {
        UUID manifest = UUID.randomUUID();
        projection.on(drafted(manifest, producer, collector, batch, kg, "2026-03-01"));
        projection.on(new ManifestPickedUp(manifest, carrier, "赣H12345", UUID.randomUUID(),
                Instant.parse("2026-03-01T02:00:00Z"), null), by(account));
        projection.on(new ManifestReceived(manifest, collector, List.of(new LineOutcome(batch, LineDecision.ACCEPT,
                Quantity.kg(kg), null, List.of(), null)), ReceiptOutcome.ACCEPTED,
                Instant.parse("2026-03-02T02:00:00Z"), false, null), by(account));
    }

    private ManifestDrafted drafted(UUID manifest, UUID from, UUID to, UUID batch, String kg, String day) {
        return new ManifestDrafted(manifest, ManifestKind.TRANSFER, from, "360222", to, "360200", List.of(carrier),
                "赣H12345", LocalDate.parse(day), List.of(new BatchLine(batch, "label-" + batch, "2025", "900-249-08",
                "废矿物油", Quantity.kg(kg), PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 1),
                List.of(HazardCharacteristic.T))), "D10", null, "防泄漏", null,
                Instant.parse(day + "T00:00:00Z").minusSeconds(3600), null);
    }

    private BatchRegistered registered(UUID batch, UUID producer, String kg) {
        return new BatchRegistered(batch, producer, "label-" + batch, "2025", "900-249-08", Quantity.kg(kg),
                PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 1), List.of(HazardCharacteristic.T),
                "废矿物油", Instant.parse("2026-02-20T02:00:00Z"), "危废暂存间A区",
                Instant.parse("2027-02-20T02:00:00Z"));
    }

    private BatchRepacked repacked(UUID batch, RepackKind kind, String kg, List<BatchShare> sources, String lossKg,
                                   String lossReason, String at) {
        return new BatchRepacked(batch, collector, "label-" + batch, "2025", "900-249-08", Quantity.kg(kg),
                PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 1), List.of(HazardCharacteristic.T), kind,
                sources, lossKg == null ? null : Quantity.kg(lossKg), lossReason, Instant.parse(at),
                Instant.parse("2027-03-02T02:00:00Z"));
    }

    private static BatchShare share(UUID batch, String kg) {
        return new BatchShare(batch, "label-" + batch, Quantity.kg(kg));
    }

    private List<String> ledger(UUID enterprise, Register register) {
        return lines.page(new LedgerFilter(enterprise, register, null, null, null, null), 0, 50).stream()
                .map(line -> line.occurredOn() + " " + line.movement() + " " + line.batchId() + " "
                        + line.quantityValue() + " " + line.quantityUnit() + " " + line.note()).toList();
    }
}
