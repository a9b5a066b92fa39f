package cn.haztrail.manifest;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole custody chain through the HTTP API with the demo accounts: register and label batches, draft, submit,
 * pick up, hand over between two carriers, arrive, receive with a partial line, a discrepancy and a rejected line,
 * redirect the rejected waste to an alternate receiver on a linked manifest, and dispose of everything.
 */
@IntegrationTest
class CustodyChainEndToEndTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_batch_travels_from_generation_to_disposal_with_a_rejected_line_redirected() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        CustodyFlow flow = new CustodyFlow(api);

        JsonNode oil = flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 5, List.of("T", "I"));
        JsonNode packs = flow.registerBatch("producer", "900-041-49", "200", "SOLID", "BAG", 10, List.of("T"));
        JsonNode acid = flow.registerBatch("producer", "336-064-17", "500", "SEMI_SOLID", "DRUM", 2, List.of("C"));
        api.get("producer", "/api/v1/batches/" + oil.get("id").asText() + "/label.png")
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"));

        List<String> batchIds = List.of(oil.get("id").asText(), packs.get("id").asText(), acid.get("id").asText());
        List<String> labels = List.of(oil.get("labelId").asText(), packs.get("labelId").asText(),
                acid.get("labelId").asText());
        JsonNode drafted = flow.draft("producer", DemoParties.DISPOSAL_CENTRE,
                List.of(DemoParties.CARRIER, DemoParties.SECOND_CARRIER), "赣H12345", batchIds, "D10", Map.of());
        String manifest = drafted.get("id").asText();
        assertThat(drafted.get("status").asText()).isEqualTo("DRAFT");

        JsonNode submitted = flow.submit("producer", manifest);
        assertThat(submitted.get("number").asText()).matches("2026" + "3602" + "\\d{6}");

        flow.pickUp("carrier", manifest, "赣H12345", labels);
        flow.handOver("carrier", manifest, null);
        JsonNode handedOver = flow.handOver("carrier2", manifest, "赣C23456");
        assertThat(handedOver.get("custodyHolderId").asText()).isEqualTo(DemoParties.SECOND_CARRIER.toString());
        JsonNode arrived = flow.arrive("carrier2", manifest);
        assertThat(arrived.get("receiptDueAt").isNull()).isFalse();

        var acidLine = CustodyFlow.acceptLine(batchIds.get(2), "REJECT", null, 2, null);
        acidLine.put("nameMatches", false);
        acidLine.put("note", "实为含铬污泥，与联单不符");
        JsonNode received = api.read(api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt",
                CustodyFlow.receipt(List.of(
                        CustodyFlow.acceptLine(batchIds.get(0), "PARTIAL", "900", 5, "D10"),
                        CustodyFlow.acceptLine(batchIds.get(1), "ACCEPT", "200", 10, "D10"),
                        acidLine))).andExpect(status().isOk()));
        assertThat(received.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(received.get("outcome").asText()).isEqualTo("PARTIALLY_ACCEPTED");
        assertThat(received.at("/lines/0/discrepancies/0").asText()).isEqualTo("QUANTITY");
        assertThat(received.at("/lines/1/discrepancies").size()).isZero();
        assertThat(received.at("/lines/2/decision").asText()).isEqualTo("REJECT");

        JsonNode redirect = flow.draft("producer", DemoParties.CEMENT_PLANT, List.of(DemoParties.CARRIER),
                "赣H67890", List.of(batchIds.get(2)), "C1",
                Map.of("kind", "REDIRECT", "previousManifestId", manifest));
        String second = redirect.get("id").asText();
        assertThat(redirect.get("originRegion").asText()).isEqualTo("360222");
        flow.submit("producer", second);
        flow.pickUp("carrier", second, "赣H67890", List.of(labels.get(2)));
        flow.arrive("carrier", second);
        api.post("cement", "/api/v1/manifests/" + second + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(batchIds.get(2), "ACCEPT", "498", 2, "C1")))).andExpect(status().isOk());

        flow.dispose("receiver", batchIds.get(0), "D10", "900");
        flow.dispose("receiver", batchIds.get(1), "D10", "200");
        flow.dispose("cement", batchIds.get(2), "C1", "498");

        JsonNode original = api.read(api.get("producer", "/api/v1/manifests/" + manifest));
        assertThat(original.get("followOnManifestId").asText()).isEqualTo(second);
        JsonNode followOn = api.read(api.get("producer", "/api/v1/manifests/" + second));
        assertThat(followOn.get("previousManifestId").asText()).isEqualTo(manifest);
        assertThat(followOn.get("outcome").asText()).isEqualTo("ACCEPTED");
        for (String batch : batchIds) {
            assertThat(api.read(api.get("producer", "/api/v1/batches/" + batch)).get("status").asText())
                    .isEqualTo("DISPOSED");
        }
        assertThat(new BigDecimal(original.at("/lines/0/accepted/value").asText())).isEqualByComparingTo("900");
        assertThat(new BigDecimal(original.at("/lines/0/declared/value").asText())).isEqualByComparingTo("1000");
    }
}
