package cn.haztrail.batch;

import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.haztrail.demo.DemoParties.CARRIER;
import static cn.haztrail.demo.DemoParties.CHEMICAL_PLANT;
import static cn.haztrail.demo.DemoParties.DISPOSAL_CENTRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A batch through its whole custody chain, driven through the manifests as the application drives it (since issue 16
 * the batch's custody follows from its manifests' events): what each party then reads (R21), and disposal by the
 * accepting receiver (R19). The batch's ETag is its own stream's version, whatever the custody steps wrote there.
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
    Api api;
    CustodyFlow flow;
    String batch;
    String label;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
        JsonNode registered = BatchRequests.register(api, "producer", BatchRequests.oil());
        batch = registered.get("id").asString();
        label = registered.get("labelId").asString();
        today = LocalDate.now(SHANGHAI);
    }

    /** Drafted by the chemical plant, submitted, picked up by 安运 and arrived at {@code receiver}. */
    private String deliver(UUID receiver, Map<String, Object> extra) throws Exception {
        JsonNode drafted = flow.draft("producer", receiver, List.of(CARRIER), "赣H12345", List.of(batch),
                extra.isEmpty() ? "D10" : null, extra);
        String manifest = drafted.get("id").asString();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, "赣H12345", List.of(label));
        flow.arrive("carrier", manifest);
        return manifest;
    }

    private static Map<String, Object> disposal(String value) {
        Map<String, Object> body = new HashMap<>();
        body.put("methodCode", "D10");
        body.put("quantity", Map.of("value", value, "unit", "t"));
        body.put("disposedOn", LocalDate.now(SHANGHAI).toString());
        return body;
    }

    @Test
    void R19_the_accepting_receiver_disposes_of_the_batch_and_every_party_of_the_chain_reads_it() throws Exception {
        JsonNode drafted = flow.draft("producer", DISPOSAL_CENTRE, List.of(CARRIER), "赣H12345", List.of(batch),
                "D10", Map.of());
        String manifest = drafted.get("id").asString();
        assertThat(drafted.at("/lines/0/wasteName").asString())
                .isEqualTo("其他生产、销售、使用过程中产生的废矿物油及沾染矿物油的废弃包装物");
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, "赣H12345", List.of(label));
        api.get("carrier", "/api/v1/batches/" + batch).andExpect(jsonPath("$.status").value("IN_TRANSIT"))
                .andExpect(jsonPath("$.custodyHolderId").value(CARRIER.toString()));
        flow.arrive("carrier", manifest);
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(batch, "PARTIAL", "1100", 4, "D10")))).andExpect(status().isOk());

        String etag = api.get("receiver", "/api/v1/batches/" + batch)
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.custodyHolderId").value(DISPOSAL_CENTRE.toString()))
                .andExpect(jsonPath("$.receiverRegion").value("360222"))
                .andExpect(jsonPath("$.acceptedQuantity.value").value("1100.000"))
                .andExpect(jsonPath("$.acceptedQuantity.unit").value("kg"))
                .andExpect(jsonPath("$.discrepancy").value(true))
                .andReturn().getResponse().getHeader("ETag");
        long version = Long.parseLong(etag.replace("\"", ""));
        assertThat(api.everyItems("carrier", "/api/v1/batches?status=RECEIVED", "id")).contains(batch);
        api.get("cement", "/api/v1/batches/" + batch).andExpect(status().isNotFound());

        api.post("receiver", "/api/v1/batches/" + batch + "/disposal", disposal("1.101"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R19"))
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        api.post("receiver", "/api/v1/batches/" + batch + "/disposal", disposal("1.1"), "If-Match", etag)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (version + 1) + "\""))
                .andExpect(jsonPath("$.status").value("DISPOSED"))
                .andExpect(jsonPath("$.disposal.methodCode").value("D10"))
                .andExpect(jsonPath("$.disposal.quantity.value").value("1.100"))
                .andExpect(jsonPath("$.disposal.disposedOn").value(today.toString()));
        api.post("receiver", "/api/v1/batches/" + batch + "/disposal", disposal("1.1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R08"));
    }

    @Test
    void R18_a_rejected_batch_waits_at_the_receiver_and_a_return_manifest_brings_it_back_to_storage()
            throws Exception {
        String first = deliver(DISPOSAL_CENTRE, Map.of());
        Map<String, Object> rejected = CustodyFlow.acceptLine(batch, "REJECT", null, 4, null);
        rejected.put("nameMatches", false);
        api.post("receiver", "/api/v1/manifests/" + first + "/receipt", CustodyFlow.receipt(List.of(rejected)))
                .andExpect(status().isOk());
        api.get("producer", "/api/v1/batches/" + batch)
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.rejectedManifestId").value(first))
                .andExpect(jsonPath("$.custodyHolderId").value(DISPOSAL_CENTRE.toString()));

        Map<String, Object> returning = Map.of("kind", "RETURN", "previousManifestId", first);
        String cancelled = flow.draft("producer", CHEMICAL_PLANT, List.of(CARRIER), "赣H12345", List.of(batch), null,
                returning).get("id").asString();
        api.post("producer", "/api/v1/manifests/" + cancelled + "/cancel", Map.of("reason", "联单撤销"))
                .andExpect(status().isOk());
        api.get("receiver", "/api/v1/batches/" + batch)
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.manifestId").value(first));

        String back = deliver(CHEMICAL_PLANT, returning);
        api.post("producer", "/api/v1/manifests/" + back + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(batch, "ACCEPT", "1238", 4, null)))).andExpect(status().isOk());
        api.get("producer", "/api/v1/batches/" + batch)
                .andExpect(jsonPath("$.status").value("IN_STORAGE"))
                .andExpect(jsonPath("$.quantity.value").value("1238.000"))
                .andExpect(jsonPath("$.custodyHolderId").value(CHEMICAL_PLANT.toString()))
                .andExpect(jsonPath("$.rejectedManifestId").doesNotExist());
        api.get("receiver", "/api/v1/batches/" + batch).andExpect(status().isOk());
    }
}
