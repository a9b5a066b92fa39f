package cn.haztrail.oversight.integrity;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R23 for metadata: every key of an event's stored metadata is either in its hash or is the hash itself, so a key
 * added to the {@code meta_data} column (here one that claims an approval) is reported like an edited payload. The
 * stream is put back afterwards: the other tests share this store.
 */
@IntegrationTest
class MetadataTamperTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private StoredRows rows;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        rows = new StoredRows(jdbc);
    }

    private String aStreamOfOneEvent() throws Exception {
        return new CarrierStreams(api, jdbc).register();
    }

    private JsonNode check(String stream) throws Exception {
        return api.read(api.get("regulator-jdz", "/api/v1/oversight/integrity/" + stream).andExpect(status().isOk()));
    }

    @Test
    void R23_a_metadata_key_added_to_a_stored_event_is_reported() throws Exception {
        String stream = aStreamOfOneEvent();
        List<Map<String, Object>> original = rows.snapshot(stream);
        try {
            ObjectNode meta = (ObjectNode) json.readTree(rows.metaData(stream, 0));
            meta.put("approvedBy", "regulator-jdz");
            rows.overwrite(stream, 0, rows.payload(stream, 0), json.writeValueAsBytes(meta));

            JsonNode report = check(stream);

            assertThat(report.get("status").asString()).isEqualTo("BROKEN");
            assertThat(report.at("/firstFailure/reason").asString()).isEqualTo("UNKNOWN_METADATA");
            assertThat(report.at("/firstFailure/sequence").asLong()).isZero();
            assertThat(report.at("/firstFailure/detail").asString()).contains("approvedBy");
        } finally {
            rows.restore(stream, original);
        }
        assertThat(check(stream).get("status").asString()).isEqualTo("OK");
    }

    @Test
    void R23_every_stored_event_carries_only_metadata_its_hash_covers() throws Exception {
        aStreamOfOneEvent();

        JsonNode all = api.read(api.get("regulator-jdz", "/api/v1/oversight/integrity").andExpect(status().isOk()));

        assertThat(all.get("status").asString()).as("the demo data and everything the tests stored").isEqualTo("OK");
    }
}
