package cn.haztrail.oversight.alerts;

import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.plan.api.PlanAmended;
import cn.haztrail.plan.api.PlanContents;
import cn.haztrail.plan.api.PlanFiled;
import cn.haztrail.plan.api.PlanFilingRecorded;
import cn.haztrail.plan.api.PlanIds;
import cn.haztrail.plan.api.PlanLine;
import cn.haztrail.plan.api.PlannedReceiver;
import cn.haztrail.plan.api.StorageFacility;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.oversight.alerts.AlertFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R31 and R32, plan against reality, with hand-computed figures: a plan of 10 t of 336-064-17 (HW17) allows
 * 10 t x 1.20 = 12 t; 12.5 t exceed it by 2.5 / 10 = 25 %, 11 t by 10 % only.
 */
@IntegrationTest
@Transactional
class PlanAlertsTest extends AlertHandlerTest {

    private static final String HW17 = "336-064-17";
    private static final int YEAR = 2026;

    @Autowired
    PlanWatch watch;
    AlertFixture f;
    PlanAlerts plans;
    UUID producer;

    @BeforeEach
    void setUp() {
        f = fixture();
        plans = new PlanAlerts(watch, f.book, f.directory, new PlanProperties(new BigDecimal("0.20")));
        producer = f.plant.id();
    }

    private PlanContents plan(String tonnes, AlertDirectory.Enterprise receiver, String method) {
        return new PlanContents(List.of(new PlanLine(HW17, new BigDecimal(tonnes))),
                List.of(new StorageFacility("1号危废暂存间", null, null)),
                List.of(new PlannedReceiver(receiver.id(), method)), "减量");
    }

    private void recorded(int version, PlanContents contents, Instant at) {
        UUID plan = PlanIds.of(producer, YEAR);
        if (version == 1) {
            plans.on(new PlanFiled(plan, producer, "360203", YEAR, 1, contents, at));
        } else {
            plans.on(new PlanAmended(plan, producer, YEAR, version, contents, at));
        }
        plans.on(new PlanFilingRecorded(plan, producer, YEAR, version, "景环固计备〔2026〕0" + version + "号", "360200",
                at), at(at), at);
    }

    private void generated(String tonnes, String code) {
        Instant generatedAt = Instant.parse("2026-06-01T02:00:00Z");
        plans.on(new BatchRegistered(UUID.randomUUID(), producer, "label", "2021", code, Quantity.tonnes(tonnes),
                PhysicalForm.SOLID, new Packaging(PackagingType.BAG, 1), List.of(HazardCharacteristic.T), "飞灰",
                generatedAt, "暂存间", generatedAt.plusSeconds(86_400 * 365)), at(T0), T0);
    }

    private UUID shipped(AlertDirectory.Enterprise receiver, String plannedMethod) {
        UUID manifest = UUID.randomUUID();
        plans.on(new ManifestDrafted(manifest, ManifestKind.TRANSFER, producer, "360203", receiver.id(),
                receiver.regionCode(), List.of(f.carrier.id()), "赣H12345", LocalDate.of(2026, 11, 20), List.of(),
                plannedMethod, null, "应急", null, T0, null));
        plans.on(new ManifestSubmitted(manifest, "20263602000001", T0, null), at(T0), T0);
        return manifest;
    }

    @Test
    void R31_generating_12_5_t_against_a_plan_of_10_t_exceeds_it_by_25_percent() {
        recorded(1, plan("10", f.centre, "D10"), T0);
        generated("7.5", HW17);
        assertThat(f.alert(AlertType.PLAN_EXCEEDED, producer, YEAR, HW17)).isEmpty();

        generated("5", HW17);

        AlertRecord alert = f.alert(AlertType.PLAN_EXCEEDED, producer, YEAR, HW17).orElseThrow();
        assertThat(alert.ruleId()).isEqualTo("R31");
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.originRegion()).isEqualTo("360203");
        assertThat(alert.parties()).extracting(AlertParty::role).containsExactly("PRODUCER");
        assertThat(alert.detail()).contains("12.5 t of 336-064-17 in 2026, 25 % above the 10 t")
                .contains("(limit 20 %)");
    }

    @Test
    void R31_generating_11_t_against_a_plan_of_10_t_stays_within_20_percent() {
        recorded(1, plan("10", f.centre, "D10"), T0);
        generated("11", HW17);
        assertThat(f.alert(AlertType.PLAN_EXCEEDED, producer, YEAR, HW17)).isEmpty();
    }

    @Test
    void R31_the_same_figures_alert_when_the_plan_is_recorded_after_the_batches_are_handled() {
        generated("12.5", HW17);
        assertThat(f.alert(AlertType.PLAN_EXCEEDED, producer, YEAR, HW17)).isEmpty();

        recorded(1, plan("10", f.centre, "D10"), T0.plusSeconds(60));

        assertThat(f.alert(AlertType.PLAN_EXCEEDED, producer, YEAR, HW17).orElseThrow().detail())
                .contains("12.5 t").contains("25 %");
    }

    @Test
    void R31_a_recorded_amendment_to_12_t_closes_the_alert() {
        recorded(1, plan("10", f.centre, "D10"), T0);
        generated("12.5", HW17);

        recorded(2, plan("12", f.centre, "D10"), T0.plusSeconds(3600)); // 12 t x 1.20 = 14.4 t >= 12.5 t

        AlertRecord alert = f.alert(AlertType.PLAN_EXCEEDED, producer, YEAR, HW17).orElseThrow();
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void R31_a_code_the_plan_does_not_name_alerts_at_its_first_tonne() {
        recorded(1, plan("10", f.centre, "D10"), T0);
        generated("0.4", "900-249-08");
        assertThat(f.alert(AlertType.PLAN_EXCEEDED, producer, YEAR, "900-249-08").orElseThrow().detail())
                .contains("a code its recorded plan does not name");
    }

    @Test
    void R31_R32_without_a_recorded_plan_nothing_is_alerted() {
        plans.on(new PlanFiled(PlanIds.of(producer, YEAR), producer, "360203", YEAR, 1,
                plan("10", f.centre, "D10"), T0));
        generated("50", HW17);
        UUID manifest = shipped(f.recycler, "R9");
        assertThat(f.alert(AlertType.PLAN_EXCEEDED, producer, YEAR, HW17)).isEmpty();
        assertThat(f.alert(AlertType.PLAN_UNLISTED_RECEIVER, manifest)).isEmpty();
    }

    @Test
    void R32_a_transfer_to_a_receiver_the_plan_does_not_name_alerts() {
        recorded(1, plan("10", f.centre, "D10"), T0);

        UUID manifest = shipped(f.recycler, "R9");

        AlertRecord alert = f.alert(AlertType.PLAN_UNLISTED_RECEIVER, manifest).orElseThrow();
        assertThat(alert.ruleId()).isEqualTo("R32");
        assertThat(alert.manifestNumber()).isEqualTo("20263602000001");
        assertThat(alert.destinationRegion()).isEqualTo("440306");
        assertThat(alert.parties()).extracting(AlertParty::role).containsExactly("CONSIGNOR", "RECEIVER");
        assertThat(alert.detail()).contains("a receiver the 2026 plan of");
    }

    @Test
    void R32_a_planned_receiver_by_the_planned_method_raises_nothing_another_method_alerts() {
        recorded(1, plan("10", f.centre, "D10"), T0);
        UUID planned = shipped(f.centre, "D10");
        assertThat(f.alert(AlertType.PLAN_UNLISTED_RECEIVER, planned)).isEmpty();

        plans.on(new ManifestReceived(planned, f.centre.id(), List.of(new LineOutcome(UUID.randomUUID(),
                LineDecision.ACCEPT, Quantity.tonnes("1"), "D1", List.of(), null)), ReceiptOutcome.ACCEPTED,
                T0.plusSeconds(7200), false, null), at(T0.plusSeconds(7200)), T0.plusSeconds(7200));

        assertThat(f.alert(AlertType.PLAN_UNLISTED_RECEIVER, planned).orElseThrow().detail())
                .contains("by method D1").contains("plans D10 there");
    }

    @Test
    void R32_a_receiver_added_by_a_recorded_amendment_closes_the_alert() {
        recorded(1, plan("10", f.centre, "D10"), T0);
        UUID manifest = shipped(f.recycler, "R9");

        PlanContents both = new PlanContents(List.of(new PlanLine(HW17, BigDecimal.TEN)),
                List.of(new StorageFacility("1号危废暂存间", null, null)),
                List.of(new PlannedReceiver(f.centre.id(), "D10"), new PlannedReceiver(f.recycler.id(), "R9")), "减量");
        recorded(2, both, T0.plusSeconds(3600));

        assertThat(f.alert(AlertType.PLAN_UNLISTED_RECEIVER, manifest).orElseThrow().state())
                .isEqualTo(AlertState.CLOSED);
    }
}
