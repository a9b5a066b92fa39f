package cn.haztrail.console.custody;

import cn.haztrail.console.ConsoleSession;
import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The custody timeline page of a repacked batch shows its lineage (R39-R41): the batches it was made from and those
 * its shares went into, each a link to its own timeline, with Chinese labels.
 */
@IntegrationTest
class CustodyLineagePageTest {

    private static final String PLATE = "赣H12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private String received(Api api, CustodyFlow flow, String kg) throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", kg, "LIQUID", "DRUM", 5, List.of("T", "I"));
        String id = batch.get("id").asString();
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), PLATE,
                List.of(id), "D10", Map.of()).get("id").asString();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, PLATE, List.of(batch.get("labelId").asString()));
        flow.arrive("carrier", manifest);
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(id, "ACCEPT", kg, 5, "D10")))).andExpect(status().isOk());
        return id;
    }

    @Test
    void R39_a_source_and_its_new_batch_link_to_each_other_s_timeline() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        CustodyFlow flow = new CustodyFlow(api);
        String source = received(api, flow, "1000");
        JsonNode parts = api.read(api.post("receiver", "/api/v1/batches/" + source + "/split", Map.of("parts",
                List.of(Map.of("quantity", Map.of("value", "600", "unit", "kg")),
                        Map.of("quantity", Map.of("value", "400", "unit", "kg"))))).andExpect(status().isCreated()));
        String part = parts.get(0).get("id").asString();
        MockHttpSession regulator = ConsoleSession.signIn(mvc, "regulator-jdz");

        String sourcePage = page("/console/custody/batches/" + source, regulator);
        String partPage = page("/console/custody/batches/" + part, regulator);

        assertThat(sourcePage).contains("拆分与合并", "去向批次", "拆分", "已全部拆分或合并",
                "href=\"/console/custody/batches/" + part + "\"", parts.get(0).get("labelId").asString());
        assertThat(partPage).contains("来源批次", "（源头批次）", "href=\"/console/custody/batches/" + source + "\"",
                "600 kg");
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
