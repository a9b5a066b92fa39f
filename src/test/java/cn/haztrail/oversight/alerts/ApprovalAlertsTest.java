package cn.haztrail.oversight.alerts;

import cn.haztrail.approval.api.ApprovalQuantityDrawn;
import cn.haztrail.approval.api.ApprovalRecorded;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.oversight.alerts.AlertFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/** APPROVAL_NEAR_CAP from the draws on an approval; its closing at expiry is in {@link AlertChecksTest}. */
@IntegrationTest
@Transactional
class ApprovalAlertsTest extends AlertHandlerTest {

    AlertFixture f;
    UUID approval;

    @BeforeEach
    void setUp() {
        f = fixture();
        approval = recorded(f, LocalDate.of(2027, 2, 28), T0);
    }

    static UUID recorded(AlertFixture f, LocalDate validTo, Instant at) {
        UUID id = UUID.randomUUID();
        f.approvals.on(new ApprovalRecorded(id, "赣环固审〔2026〕" + id + "号", f.plant.id(), f.recycler.id(),
                List.of("900-249-08"), "R9", new BigDecimal("100.000"), LocalDate.of(2026, 3, 1), validTo, null), at(at),
                at);
        return id;
    }

    @Test
    void R14_below_80_percent_of_the_cap_no_alert() {
        draw("79.999", T0);
        assertThat(f.alert(AlertType.APPROVAL_NEAR_CAP, approval)).isEmpty();
    }

    @Test
    void R14_at_80_percent_of_the_cap_an_alert_names_both_sides_and_follows_later_draws() {
        draw("80.000", T0);
        AlertRecord alert = f.alert(AlertType.APPROVAL_NEAR_CAP, approval).orElseThrow();
        assertThat(alert.openedAt()).isEqualTo(T0);
        assertThat(alert.ruleId()).isEqualTo("R14");
        assertThat(alert.approvalId()).isEqualTo(approval);
        assertThat(alert.originRegion()).isEqualTo("360203");
        assertThat(alert.destinationRegion()).isEqualTo("440306");
        assertThat(alert.parties()).extracting(AlertParty::role).containsExactly("CONSIGNOR", "RECEIVER");
        assertThat(alert.detail()).contains("80.000 t").contains("(80 %)");
        assertThat(alert.closesAt()).isEqualTo(Instant.parse("2027-02-28T16:00:00Z"));

        draw("95.500", T0.plusSeconds(3600));
        assertThat(alert.detail()).contains("95.500 t").contains("(95 %)");
        assertThat(alert.openedAt()).isEqualTo(T0);
    }

    @Test
    void R14_a_replayed_approval_is_kept_once() {
        recorded(f, LocalDate.of(2027, 1, 1), T0);
        long before = approvals.count();
        WatchedApproval kept = approvals.findById(approval).orElseThrow();
        f.approvals.on(new ApprovalRecorded(approval, kept.number(), f.plant.id(), f.recycler.id(),
                List.of("900-249-08"), "R9", new BigDecimal("1.000"), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 1), null), at(T0), T0);
        assertThat(approvals.count()).isEqualTo(before);
        assertThat(approvals.findById(approval).orElseThrow().quantityCapTonnes()).isEqualByComparingTo("100");
    }

    private void draw(String total, Instant at) {
        f.approvals.on(new ApprovalQuantityDrawn(approval, UUID.randomUUID(), new BigDecimal("1.000"),
                new BigDecimal(total)), at(at), at);
    }
}
