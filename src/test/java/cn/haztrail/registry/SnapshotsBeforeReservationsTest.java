package cn.haztrail.registry;

import cn.haztrail.approval.api.DrawOnApproval;
import cn.haztrail.approval.api.ReserveDraw;
import cn.haztrail.approval.command.TransferApproval;
import cn.haztrail.demo.DemoParties;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.AdmitWaste;
import cn.haztrail.registry.api.ReserveAdmission;
import cn.haztrail.registry.command.Enterprise;
import cn.haztrail.shared.axon.integrity.SnapshotProofs;
import cn.haztrail.shared.axon.integrity.StoredMetaData;
import cn.haztrail.shared.axon.integrity.StoredSnapshot;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Snapshots an installation took before receipts held room (an Enterprise of revision 2, a TransferApproval of no
 * revision, their payloads as that version wrote them, proven with this start's key) do not break loading: they
 * are of another revision, so the aggregate is rebuilt from its events and decides as they say, the manifests
 * already counted included. A snapshot this version takes keeps the holds.
 */
@IntegrationTest
class SnapshotsBeforeReservationsTest {

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
    @Autowired
    SnapshotProofs proofs;

    @Test
    void R04_an_enterprise_snapshot_of_the_previous_version_still_loads_and_counts_what_it_admitted() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        LicensedReceiver receiver = LicensedReceiver.registered(api, "10");
        UUID receiverId = receiver.id();
        UUID licenceId = receiver.licenceId();
        String number = receiver.licenceNumber();
        List<UUID> manifests = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (UUID manifest : manifests) {
            commands.sendAndWait(new AdmitWaste(receiverId, manifest, lines("3"), MAY));
        }
        replaceSnapshot(Enterprise.class, receiverId, "2", "/snapshots/enterprise-revision-2.json",
                Map.of("enterpriseId", receiverId, "licenceId", licenceId, "licenceNumber", number,
                        "manifest1", manifests.get(0), "manifest2", manifests.get(1), "manifest3", manifests.get(2)));

        CommandRefused again = catchThrowableOfType(CommandRefused.class,
                () -> commands.sendAndWait(new AdmitWaste(receiverId, manifests.get(0), lines("1"), MAY)));
        Object heldOn = commands.sendAndWait(new ReserveAdmission(receiverId, UUID.randomUUID(), lines("1"), MAY));
        CommandRefused full = catchThrowableOfType(CommandRefused.class, () -> commands.sendAndWait(
                new ReserveAdmission(receiverId, UUID.randomUUID(), lines("0.5"), MAY)));

        assertThat(again).as("a manifest admitted before the snapshot stays admitted").isNotNull();
        assertThat(again.reason()).isEqualTo(RefusalReason.CONFLICT);
        assertThat(heldOn).isEqualTo(licenceId);
        assertThat(full).as("9 t admitted and 1 t held fill the 10 t").isNotNull();
        assertThat(full.rule()).isEqualTo("R04");

        SnapshotsNow.take(jdbc, snapshotter, Enterprise.class, receiverId);
        CommandRefused fullFromNewSnapshot = catchThrowableOfType(CommandRefused.class, () -> commands.sendAndWait(
                new ReserveAdmission(receiverId, UUID.randomUUID(), lines("0.5"), MAY)));
        assertThat(fullFromNewSnapshot).as("a snapshot of this version keeps the hold").isNotNull();
        assertThat(fullFromNewSnapshot.rule()).isEqualTo("R04");
    }

    @Test
    void R14_an_approval_snapshot_of_the_previous_version_still_loads_and_counts_what_was_drawn() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        Map<String, Object> body = new HashMap<>();
        String number = "赣环固审〔2026〕" + System.nanoTime() + "号";
        body.put("number", number);
        body.put("consignorId", DemoParties.CHEMICAL_PLANT.toString());
        body.put("receiverId", DemoParties.SHENZHEN_RECYCLER.toString());
        body.put("wasteCodes", List.of("900-249-08"));
        body.put("methodCode", "R9");
        body.put("quantityCapTonnes", "10");
        body.put("validFrom", "2026-03-01");
        body.put("validTo", "2027-02-28");
        String location = api.post("regulator-jx", "/api/v1/approvals", body).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        UUID approvalId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        List<UUID> manifests = List.of(UUID.randomUUID(), UUID.randomUUID());
        for (UUID manifest : manifests) {
            commands.sendAndWait(new DrawOnApproval(approvalId, manifest, new BigDecimal("3"), MAY));
        }
        replaceSnapshot(TransferApproval.class, approvalId, null, "/snapshots/transfer-approval-revision-none.json",
                Map.of("approvalId", approvalId, "number", number, "consignorId", DemoParties.CHEMICAL_PLANT,
                        "receiverId", DemoParties.SHENZHEN_RECYCLER, "manifest1", manifests.get(0),
                        "manifest2", manifests.get(1)));

        CommandRefused again = catchThrowableOfType(CommandRefused.class, () -> commands.sendAndWait(
                new DrawOnApproval(approvalId, manifests.get(0), new BigDecimal("1"), MAY)));
        commands.sendAndWait(new ReserveDraw(approvalId, UUID.randomUUID(), new BigDecimal("4"), MAY));
        CommandRefused full = catchThrowableOfType(CommandRefused.class, () -> commands.sendAndWait(
                new ReserveDraw(approvalId, UUID.randomUUID(), new BigDecimal("0.5"), MAY)));

        assertThat(again).as("a manifest drawn before the snapshot stays drawn").isNotNull();
        assertThat(again.reason()).isEqualTo(RefusalReason.CONFLICT);
        assertThat(full).as("6 t drawn and 4 t held fill the 10 t").isNotNull();
        assertThat(full.rule()).isEqualTo("R14");

        SnapshotsNow.take(jdbc, snapshotter, TransferApproval.class, approvalId);
        CommandRefused fullFromNewSnapshot = catchThrowableOfType(CommandRefused.class, () -> commands.sendAndWait(
                new ReserveDraw(approvalId, UUID.randomUUID(), new BigDecimal("0.5"), MAY)));
        CommandRefused againFromNewSnapshot = catchThrowableOfType(CommandRefused.class, () -> commands.sendAndWait(
                new DrawOnApproval(approvalId, manifests.get(1), new BigDecimal("1"), MAY)));
        assertThat(fullFromNewSnapshot).as("a snapshot of this version keeps the hold").isNotNull();
        assertThat(againFromNewSnapshot).as("and the draws").isNotNull();
        assertThat(againFromNewSnapshot.reason()).isEqualTo(RefusalReason.CONFLICT);
    }

    private static List<AdmissionLine> lines(String tonnes) {
        return List.of(new AdmissionLine("900-249-08", "D10", new BigDecimal(tonnes)));
    }

    /**
     * Takes a snapshot of the aggregate now, then puts the previous version's payload and revision in its place,
     * proven again with this start's key, as the previous version would have proven it.
     */
    private void replaceSnapshot(Class<?> type, UUID id, String revision, String fixture, Map<String, Object> values)
            throws IOException {
        SnapshotsNow.take(jdbc, snapshotter, type, id);
        Map<String, Object> row = jdbc.queryForMap("select * from snapshot_event_entry where aggregate_identifier = ?",
                id.toString());
        String payload;
        try (InputStream in = getClass().getResourceAsStream(fixture)) {
            payload = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        for (Map.Entry<String, Object> value : values.entrySet()) {
            payload = payload.replace("${" + value.getKey() + "}", value.getValue().toString());
        }
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        StoredSnapshot old = new StoredSnapshot(id.toString(), ((Number) row.get("sequence_number")).longValue(),
                (String) row.get("type"), (String) row.get("event_identifier"), (String) row.get("payload_type"),
                revision, bytes, null);
        String eventHash = StoredMetaData.read((byte[]) row.get("meta_data")).get(SnapshotProofs.EVENT_HASH);
        byte[] metaData = json.writeValueAsBytes(proofs.proofOf(old, eventHash));
        jdbc.update("update snapshot_event_entry set payload = ?, payload_revision = ?, meta_data = ? "
                + "where aggregate_identifier = ?", bytes, revision, metaData, id.toString());
    }
}
