package cn.haztrail.registry;

import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.AdmitWaste;
import cn.haztrail.registry.api.ConfirmAdmission;
import cn.haztrail.registry.api.ConfirmAdmissions;
import cn.haztrail.registry.command.Enterprise;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A receiver remembers every manifest it admitted in the command side's table, not in its own fields: its snapshot
 * does not grow with its receipts, and a manifest admitted once is never admitted again (R04).
 */
@IntegrationTest
class AdmittedManifestsTest {

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
    Snapshotter snapshotter;
    UUID receiverId;

    @BeforeEach
    void aReceiverWithALicence() throws Exception {
        receiverId = LicensedReceiver.registered(new Api(mvc, json, jdbc), "100").id();
    }

    @Test
    void R04_a_receivers_snapshot_does_not_hold_the_manifests_it_admitted() {
        List<UUID> manifests = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        manifests.forEach(manifest -> commands.sendAndWait(new AdmitWaste(receiverId, manifest, lines("3"), MAY)));

        String snapshot = SnapshotsNow.take(jdbc, snapshotter, Enterprise.class, receiverId);

        assertThat(manifests).noneMatch(manifest -> snapshot.contains(manifest.toString()));
        CommandRefused again = catchThrowableOfType(CommandRefused.class,
                () -> commands.sendAndWait(new AdmitWaste(receiverId, manifests.get(0), lines("1"), MAY)));
        assertThat(again).as("admitted before the snapshot, still admitted").isNotNull();
        assertThat(again.reason()).isEqualTo(RefusalReason.CONFLICT);
    }

    @Test
    void R04_a_repeated_confirmation_changes_nothing() {
        UUID manifest = UUID.randomUUID();
        commands.sendAndWait(confirm(manifest));
        long events = receiverEvents();

        commands.sendAndWait(confirm(manifest));

        assertThat(receiverEvents()).isEqualTo(events);
    }

    @Test
    void R04_a_manifest_named_twice_in_receipts_confirmed_at_once_is_admitted_once() {
        UUID manifest = UUID.randomUUID();
        long events = receiverEvents();

        commands.sendAndWait(new ConfirmAdmissions(receiverId, List.of(confirm(manifest), confirm(manifest))));

        assertThat(receiverEvents()).isEqualTo(events + 1);
        assertThat(jdbc.queryForObject("select count(*) from admitted_manifest where receiver_id = ? "
                + "and manifest_id = ?", Long.class, receiverId, manifest)).isEqualTo(1);
    }

    private ConfirmAdmission confirm(UUID manifest) {
        return new ConfirmAdmission(receiverId, manifest, lines("2"), MAY);
    }

    private long receiverEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, receiverId.toString());
    }

    private static List<AdmissionLine> lines(String tonnes) {
        return List.of(new AdmissionLine("900-249-08", "D10", new BigDecimal(tonnes)));
    }
}
