package cn.haztrail.batch;

import cn.haztrail.batch.api.AcceptBatch;
import cn.haztrail.batch.api.AllocateBatch;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.DeliverBatch;
import cn.haztrail.batch.api.PickUpBatch;
import cn.haztrail.batch.api.RejectBatch;
import cn.haztrail.batch.api.ReleaseBatch;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static cn.haztrail.demo.DemoParties.CARRIER;
import static cn.haztrail.demo.DemoParties.CEMENT_PLANT;
import static cn.haztrail.demo.DemoParties.CHEMICAL_PLANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A batch through its whole custody chain, with the manifest's commands sent directly (the manifest package drives
 * them in the application): what each party then reads (R21), and disposal by the accepting receiver (R19).
 */
@IntegrationTest
class BatchCustodyChainTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    Api api;
    UUID batch;
    LocalDate today;
    Instant startOfToday;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json, jdbc);
        batch = UUID.fromString(BatchRequests.register(api, "producer", BatchRequests.oil()).get("id").asString());
        today = LocalDate.now(SHANGHAI);
        startOfToday = today.atStartOfDay(SHANGHAI).toInstant();
    }

    private void deliver(UUID manifest, UUID previous, UUID receiver) {
        commands.sendAndWait(new AllocateBatch(batch, manifest, CHEMICAL_PLANT, previous, null));
        commands.sendAndWait(new PickUpBatch(batch, manifest, CARRIER, startOfToday));
        commands.sendAndWait(new DeliverBatch(batch, manifest, receiver, startOfToday));
    }

    private static Map<String, Object> disposal(String value) {
        Map<String, Object> body = new HashMap<>();
        body.put("methodCode", "C1");
        body.put("quantity", Map.of("value", value, "unit", "t"));
        body.put("disposedOn", LocalDate.now(SHANGHAI).toString());
        return body;
    }

    @Test
    void R19_the_accepting_receiver_disposes_of_the_batch_and_every_party_of_the_chain_reads_it() throws Exception {
        UUID manifest = UUID.randomUUID();
        BatchLine line = commands.sendAndWait(new AllocateBatch(batch, manifest, CHEMICAL_PLANT, null, null));
        assertThat(line.wasteName()).isEqualTo("其他生产、销售、使用过程中产生的废矿物油及沾染矿物油的废弃包装物");
        commands.sendAndWait(new PickUpBatch(batch, manifest, CARRIER, startOfToday));
        api.get("carrier", "/api/v1/batches/" + batch).andExpect(jsonPath("$.status").value("IN_TRANSIT"))
                .andExpect(jsonPath("$.custodyHolderId").value(CARRIER.toString()));
        commands.sendAndWait(new DeliverBatch(batch, manifest, CEMENT_PLANT, startOfToday));
        commands.sendAndWait(new AcceptBatch(batch, manifest, CEMENT_PLANT, Quantity.tonnes("1.2"), true,
                startOfToday));

        api.get("cement", "/api/v1/batches/" + batch)
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.custodyHolderId").value(CEMENT_PLANT.toString()))
                .andExpect(jsonPath("$.receiverRegion").value("360981"))
                .andExpect(jsonPath("$.acceptedQuantity.value").value("1.200"))
                .andExpect(jsonPath("$.acceptedQuantity.unit").value("t"))
                .andExpect(jsonPath("$.discrepancy").value(true));
        api.get("carrier", "/api/v1/batches?status=RECEIVED&size=200")
                .andExpect(jsonPath("$.items[*].id").value(hasItem(batch.toString())));
        api.get("receiver", "/api/v1/batches/" + batch).andExpect(status().isNotFound());

        api.post("cement", "/api/v1/batches/" + batch + "/disposal", disposal("1.201"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R19"))
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        api.post("cement", "/api/v1/batches/" + batch + "/disposal", disposal("1.2"), "If-Match", "\"4\"")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""))
                .andExpect(jsonPath("$.status").value("DISPOSED"))
                .andExpect(jsonPath("$.disposal.methodCode").value("C1"))
                .andExpect(jsonPath("$.disposal.quantity.value").value("1.200"))
                .andExpect(jsonPath("$.disposal.disposedOn").value(today.toString()));
        api.post("cement", "/api/v1/batches/" + batch + "/disposal", disposal("1.2"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R08"));
    }

    @Test
    void R18_a_rejected_batch_waits_at_the_receiver_and_a_return_manifest_brings_it_back_to_storage()
            throws Exception {
        UUID first = UUID.randomUUID();
        deliver(first, null, CEMENT_PLANT);
        commands.sendAndWait(new RejectBatch(batch, first, CEMENT_PLANT, "包装破损", startOfToday));
        api.get("producer", "/api/v1/batches/" + batch)
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.rejectedManifestId").value(first.toString()))
                .andExpect(jsonPath("$.custodyHolderId").value(CEMENT_PLANT.toString()));

        UUID cancelled = UUID.randomUUID();
        commands.sendAndWait(new AllocateBatch(batch, cancelled, CHEMICAL_PLANT, first, null));
        commands.sendAndWait(new ReleaseBatch(batch, cancelled, "联单撤销"));
        api.get("cement", "/api/v1/batches/" + batch)
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.manifestId").value(first.toString()));

        UUID back = UUID.randomUUID();
        deliver(back, first, CHEMICAL_PLANT);
        commands.sendAndWait(new AcceptBatch(batch, back, CHEMICAL_PLANT, Quantity.kg("1238"), false, startOfToday));
        api.get("producer", "/api/v1/batches/" + batch)
                .andExpect(jsonPath("$.status").value("IN_STORAGE"))
                .andExpect(jsonPath("$.quantity.value").value("1238.000"))
                .andExpect(jsonPath("$.custodyHolderId").value(CHEMICAL_PLANT.toString()))
                .andExpect(jsonPath("$.rejectedManifestId").doesNotExist());
        api.get("cement", "/api/v1/batches/" + batch).andExpect(status().isOk());
    }
}
