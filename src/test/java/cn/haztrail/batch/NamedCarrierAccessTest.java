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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.haztrail.demo.DemoParties.CARRIER;
import static cn.haztrail.demo.DemoParties.DISPOSAL_CENTRE;
import static cn.haztrail.demo.DemoParties.SECOND_CARRIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R21 with R13: the carriers named on a submitted manifest read its batches and their labels, because they scan the
 * labels at pickup; not on a draft, not another carrier, not once the manifest is cancelled before pickup.
 */
@IntegrationTest
class NamedCarrierAccessTest {

    private static final String PLATE = "赣H12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    Api api;
    CustodyFlow flow;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
    }

    @Test
    void R13_R21_every_carrier_named_on_a_submitted_manifest_reads_its_batch_and_label_before_pickup()
            throws Exception {
        JsonNode batch = batch();
        flow.submit("producer", draft(batch, List.of(CARRIER, SECOND_CARRIER)));

        for (String carrier : new String[]{"carrier", "carrier2"}) {
            assertReadable(carrier, batch);
        }
    }

    @Test
    void R13_R21_a_named_carrier_lists_the_batches_of_submitted_manifests_naming_it() throws Exception {
        JsonNode batch = batch();
        flow.submit("producer", draft(batch, List.of(CARRIER)));

        assertThat(listed("carrier")).contains(batch.get("id").asText());
    }

    @Test
    void R21_a_carrier_named_on_a_draft_only_does_not_see_its_batch() throws Exception {
        JsonNode batch = batch();
        draft(batch, List.of(CARRIER));

        assertInvisible("carrier", batch);
    }

    @Test
    void R21_a_carrier_the_submitted_manifest_does_not_name_does_not_see_its_batch() throws Exception {
        JsonNode batch = batch();
        flow.submit("producer", draft(batch, List.of(CARRIER)));

        assertInvisible("carrier2", batch);
    }

    @Test
    void R12_R21_cancelling_a_submitted_manifest_closes_its_batch_to_the_carriers_it_named() throws Exception {
        JsonNode batch = batch();
        String manifest = draft(batch, List.of(CARRIER));
        flow.submit("producer", manifest);
        api.post("producer", "/api/v1/manifests/" + manifest + "/cancel", Map.of("reason", "改期"))
                .andExpect(status().isOk());

        assertInvisible("carrier", batch);
    }

    /** The second-leg carrier never picks the batch up itself: it reads it as a named carrier throughout. */
    @Test
    void R21_both_carriers_of_a_two_leg_trip_still_read_the_batch_in_transit_and_after_delivery() throws Exception {
        JsonNode batch = batch();
        String manifest = draft(batch, List.of(CARRIER, SECOND_CARRIER));
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, PLATE, List.of(batch.get("labelId").asText()));
        flow.handOver("carrier", manifest, null);
        flow.handOver("carrier2", manifest, "赣C23456");
        assertReadable("carrier2", batch);
        flow.arrive("carrier2", manifest);

        for (String carrier : new String[]{"carrier", "carrier2"}) {
            assertReadable(carrier, batch);
        }
    }

    private JsonNode batch() throws Exception {
        return flow.registerBatch("producer", "900-249-08", "100", "LIQUID", "DRUM", 1, List.of("T", "I"));
    }

    private String draft(JsonNode batch, List<UUID> carriers) throws Exception {
        return flow.draft("producer", DISPOSAL_CENTRE, carriers, PLATE, List.of(batch.get("id").asText()), "D10",
                Map.of()).get("id").asText();
    }

    private void assertReadable(String account, JsonNode batch) throws Exception {
        for (String path : paths(batch)) {
            api.get(account, path).andExpect(status().isOk());
        }
    }

    private void assertInvisible(String account, JsonNode batch) throws Exception {
        for (String path : paths(batch)) {
            api.get(account, path).andExpect(status().isNotFound());
        }
        assertThat(listed(account)).doesNotContain(batch.get("id").asText());
    }

    private static List<String> paths(JsonNode batch) {
        String byId = "/api/v1/batches/" + batch.get("id").asText();
        return List.of(byId, byId + "/label", byId + "/label.png", "/api/v1/labels/" + batch.get("labelId").asText());
    }

    private List<String> listed(String account) throws Exception {
        List<String> ids = new ArrayList<>();
        api.read(api.get(account, "/api/v1/batches?size=200").andExpect(status().isOk())).get("items")
                .forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
