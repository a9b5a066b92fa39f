package cn.haztrail.oversight.custody;

import cn.haztrail.console.ConsoleSession;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.manifest.CustodyFlow.SubmittedOil;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * A chain of custody is served with the integrity of every stream it read (R23, R24), checked when it is served: a
 * receipt edited in the database (1000 kg accepted changed to 1 kg) is shown as failing, in the API's answer and on
 * the console's timeline. The edited event is put back afterwards, and only edited once the processors have read
 * it as recorded: the other tests share this store and its projections.
 */
@IntegrationTest
class CustodyIntegrityTest {

    private static final String ACCEPTED_1000 = "\"acceptedQuantity\":{\"value\":1000,";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private CustodyFlow flow;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
    }

    /** The usual oil trip, received in full: 1000 kg accepted. */
    private SubmittedOil receivedOil() throws Exception {
        SubmittedOil oil = flow.submittedOil(5);
        flow.pickUp("carrier", oil.id(), "赣H12345", List.of(oil.labelId()));
        flow.arrive("carrier", oil.id());
        api.post("receiver", "/api/v1/manifests/" + oil.id() + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(oil.batchId(), "ACCEPT", "1000", 5, "D10")))).andExpect(status().isOk());
        new StreamingProcessors(api, jdbc).awaitAllCaughtUp(); // before the receipt is edited, see the class comment
        return oil;
    }

    private JsonNode chain(String manifestId) throws Exception {
        return api.read(api.get("regulator-jdz", "/api/v1/oversight/custody/manifests/" + manifestId)
                .andExpect(status().isOk()));
    }

    private static JsonNode stream(JsonNode chain, String id) {
        return chain.get("streams").valueStream().filter(stream -> stream.get("aggregateId").asString().equals(id))
                .findFirst().orElseThrow();
    }

    private Map<String, Object> receiptRow(String manifestId) {
        return jdbc.queryForMap("select sequence_number, payload from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%.ManifestReceived'", manifestId);
    }

    private void setReceiptPayload(String manifestId, String payload) {
        jdbc.update("update domain_event_entry set payload = ? where aggregate_identifier = ? and payload_type like "
                + "'%.ManifestReceived'", payload.getBytes(StandardCharsets.UTF_8), manifestId);
    }

    @Test
    void R23_a_chain_as_recorded_says_every_stream_verifies() throws Exception {
        SubmittedOil oil = receivedOil();

        JsonNode chain = chain(oil.id());

        assertThat(chain.get("integrity").asString()).isEqualTo("OK");
        assertThat(chain.get("streams").valueStream().map(stream -> stream.at("/integrity/status").asString()))
                .containsOnly("OK");
    }

    @Test
    void R23_an_edited_receipt_is_served_marked_as_failing_with_its_reason() throws Exception {
        SubmittedOil oil = receivedOil();
        String original = new String((byte[]) receiptRow(oil.id()).get("payload"), StandardCharsets.UTF_8);
        assertThat(original).contains(ACCEPTED_1000);
        long sequence = ((Number) receiptRow(oil.id()).get("sequence_number")).longValue();
        try {
            setReceiptPayload(oil.id(), original.replace(ACCEPTED_1000, "\"acceptedQuantity\":{\"value\":1,"));

            JsonNode chain = chain(oil.id());

            assertThat(chain.get("integrity").asString()).isEqualTo("BROKEN");
            JsonNode manifest = stream(chain, oil.id());
            assertThat(manifest.at("/integrity/status").asString()).isEqualTo("BROKEN");
            assertThat(manifest.at("/integrity/reason").asString()).isEqualTo("HASH_MISMATCH");
            assertThat(manifest.at("/integrity/sequence").asLong()).isEqualTo(sequence);
            assertThat(stream(chain, oil.batchId()).at("/integrity/status").asString()).isEqualTo("OK");
        } finally {
            setReceiptPayload(oil.id(), original);
        }
        assertThat(chain(oil.id()).get("integrity").asString()).isEqualTo("OK");
    }

    @Test
    void R23_the_console_timeline_shows_an_edited_receipt_as_failing() throws Exception {
        SubmittedOil oil = receivedOil();
        String original = new String((byte[]) receiptRow(oil.id()).get("payload"), StandardCharsets.UTF_8);
        try {
            setReceiptPayload(oil.id(), original.replace(ACCEPTED_1000, "\"acceptedQuantity\":{\"value\":1,"));

            String html = mvc.perform(get("/console/custody/manifests/" + oil.id())
                            .session(ConsoleSession.signIn(mvc, "regulator-jdz")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

            assertThat(html).contains("未通过：事件被改动");
        } finally {
            setReceiptPayload(oil.id(), original);
        }
    }
}
