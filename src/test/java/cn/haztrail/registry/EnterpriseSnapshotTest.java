package cn.haztrail.registry;

import cn.haztrail.oversight.integrity.IntegrityChecks;
import cn.haztrail.oversight.integrity.IntegrityStatus;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.AdmitWaste;
import cn.haztrail.registry.api.CheckAdmission;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A receiver's Enterprise is loaded from a snapshot once its stream is long; it decides exactly as it did from the
 * events: the capacity used (R04), the manifests already admitted and its licence's scope (R03).
 */
@IntegrationTest
class EnterpriseSnapshotTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    IntegrityChecks integrity;

    @Test
    void R04_an_enterprise_loaded_from_its_snapshot_counts_capacity_and_admissions_as_before() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        UUID receiverId = LicensedReceiver.registered(api, "130").id();
        List<UUID> manifests = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            UUID manifest = UUID.randomUUID();
            commands.sendAndWait(admission(receiverId, manifest, "1"));
            manifests.add(manifest);
        }
        // snapshots are taken in the background, after the command that loaded the aggregate has committed
        await("a snapshot of the enterprise").atMost(Duration.ofMinutes(2)).until(() -> jdbc.queryForObject(
                "select count(*) from snapshot_event_entry where aggregate_identifier = ?", Long.class,
                receiverId.toString()) > 0);

        commands.sendAndWait(admission(receiverId, UUID.randomUUID(), "10"));
        CommandRefused overCapacity = catchThrowableOfType(CommandRefused.class,
                () -> commands.sendAndWait(admission(receiverId, UUID.randomUUID(), "0.001")));
        CommandRefused again = catchThrowableOfType(CommandRefused.class,
                () -> commands.sendAndWait(admission(receiverId, manifests.get(0), "0.001")));
        CommandRefused outOfScope = catchThrowableOfType(CommandRefused.class, () -> commands.sendAndWait(
                new CheckAdmission(receiverId, List.of(new AdmissionLine("900-041-49", "D10", null)), MAY, null)));

        assertThat(overCapacity.rule()).isEqualTo("R04");
        assertThat(overCapacity.getMessage()).containsPattern("has 0(\\.0+)? t left of its 130(\\.0+)? t");
        assertThat(again.reason()).isEqualTo(RefusalReason.CONFLICT);
        assertThat(outOfScope.rule()).isEqualTo("R03");
        assertThat(jdbc.queryForObject("select count(*) from discarded_snapshot where aggregate_identifier = ?",
                Long.class, receiverId.toString())).as("every snapshot taken was proven and used (R23)").isZero();
        assertThat(integrity.stream(receiverId.toString()).status()).isEqualTo(IntegrityStatus.OK);
    }

    private static AdmitWaste admission(UUID receiverId, UUID manifestId, String tonnes) {
        return new AdmitWaste(receiverId, manifestId,
                List.of(new AdmissionLine("900-249-08", "D10", new BigDecimal(tonnes))), MAY);
    }
}
