package cn.haztrail.oversight.integrity;

import cn.haztrail.shared.axon.integrity.ChainedEvent;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestCreditCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R23 over HTTP: every stored event is chained, an auditor can recompute the chain from the table alone, and an
 * edited payload, a deleted event, a deleted tail and a removed stream are each reported. Each tamper test puts the
 * rows back afterwards: the other tests share this store.
 */
@IntegrationTest
class TamperEvidenceTest {

    private static final String INTEGRITY = "/api/v1/oversight/integrity";
    private static final String REGULATOR = "regulator-jdz";

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

    /** A carrier with two vehicles: a stream of three events, read by every processor before it is edited. */
    private String aStreamOfThreeEvents() throws Exception {
        CarrierStreams streams = new CarrierStreams(api, jdbc);
        String id = streams.register();
        streams.addVehicle(id);
        streams.addVehicle(id);
        return id;
    }

    private JsonNode check(String streamId) throws Exception {
        return api.read(api.get(REGULATOR, INTEGRITY + "/" + streamId).andExpect(status().isOk()));
    }

    private JsonNode checkAll() throws Exception {
        return api.read(api.get(REGULATOR, INTEGRITY).andExpect(status().isOk()));
    }

    private JsonNode seal() throws Exception {
        return api.read(api.post(REGULATOR, INTEGRITY + "/seals", Map.of()).andExpect(status().isCreated()));
    }

    @Test
    void R23_every_stored_event_is_chained_to_the_one_before_it_in_its_stream() throws Exception {
        String stream = aStreamOfThreeEvents();

        JsonNode report = check(stream);

        assertThat(report.get("status").asString()).isEqualTo("OK");
        assertThat(report.get("eventsChecked").asLong()).isEqualTo(3);
        assertThat(report.has("firstFailure")).isFalse();
        assertThat(checkAll().get("status").asString()).as("the whole shared store verifies").isEqualTo("OK");
    }

    @Test
    void R23_an_auditor_recomputes_every_hash_from_the_table_alone() throws Exception {
        String stream = aStreamOfThreeEvents();

        String previous = null;
        for (Map<String, Object> row : rows.snapshot(stream)) {
            assertThat(Auditor.storedHash(row)).isEqualTo(Auditor.eventHash(row, previous));
            previous = Auditor.storedHash(row);
        }
    }

    @Test
    void R23_an_edited_payload_is_reported_with_the_event_that_fails() throws Exception {
        String stream = aStreamOfThreeEvents();
        List<Map<String, Object>> original = rows.snapshot(stream);
        try {
            String payload = new String(rows.payload(stream, 1), StandardCharsets.UTF_8);
            rows.overwrite(stream, 1, payload.replace("赣Q", "赣R").getBytes(StandardCharsets.UTF_8),
                    rows.metaData(stream, 1));

            JsonNode report = check(stream);
            assertThat(report.get("status").asString()).isEqualTo("BROKEN");
            assertFailure(report.get("firstFailure"), stream, 1, "HASH_MISMATCH");
            assertThat(report.get("firstFailure").get("globalIndex").asLong()).isEqualTo(rows.globalIndex(stream, 1));
            assertFailure(checkAll().get("firstFailure"), stream, 1, "HASH_MISMATCH");
        } finally {
            rows.restore(stream, original);
        }
        assertThat(check(stream).get("status").asString()).isEqualTo("OK");
    }

    @Test
    void R23_a_deleted_event_inside_a_stream_is_reported_missing() throws Exception {
        String stream = aStreamOfThreeEvents();
        List<Map<String, Object>> original = rows.snapshot(stream);
        try {
            rows.deleteOne(stream, 1);

            assertFailure(check(stream).get("firstFailure"), stream, 1, "MISSING_EVENT");
        } finally {
            rows.restore(stream, original);
        }
    }

    @Test
    void R23_a_deleted_tail_event_is_reported_against_the_latest_seal() throws Exception {
        String stream = aStreamOfThreeEvents();
        seal();
        List<Map<String, Object>> original = rows.snapshot(stream);
        try {
            rows.delete(stream, 2);

            JsonNode report = check(stream);
            assertThat(report.get("status").asString()).isEqualTo("BROKEN");
            assertFailure(report.get("firstFailure"), stream, 2, "TAIL_DELETED");
            JsonNode all = checkAll();
            assertFailure(all.get("firstFailure"), stream, 2, "TAIL_DELETED");
            assertThat(all.get("brokenStreams").asLong()).isEqualTo(1);
        } finally {
            rows.restore(stream, original);
        }
        assertThat(checkAll().get("status").asString()).isEqualTo("OK");
    }

    @Test
    void R23_a_removed_stream_is_reported_against_the_latest_seal() throws Exception {
        String stream = aStreamOfThreeEvents();
        seal();
        List<Map<String, Object>> original = rows.snapshot(stream);
        try {
            rows.delete(stream, 0);

            assertFailure(check(stream).get("firstFailure"), stream, 0, "STREAM_REMOVED");
            assertFailure(checkAll().get("firstFailure"), stream, 0, "STREAM_REMOVED");
        } finally {
            rows.restore(stream, original);
        }
    }

    @Test
    void R23_a_chain_rewritten_with_fresh_hashes_is_caught_by_the_seal() throws Exception {
        String stream = aStreamOfThreeEvents();
        seal();
        List<Map<String, Object>> original = rows.snapshot(stream);
        try {
            Map<String, Object> last = original.get(2);
            byte[] forged = new String((byte[]) last.get("payload"), StandardCharsets.UTF_8).replace("赣Q", "赣R")
                    .getBytes(StandardCharsets.UTF_8);
            Map<String, Object> forgedRow = new HashMap<>(last);
            forgedRow.put("payload", forged);
            ObjectNode meta = (ObjectNode) json.readTree((byte[]) last.get("meta_data"));
            meta.put(ChainedEvent.HASH, Auditor.eventHash(forgedRow, Auditor.storedHash(original.get(1))));
            rows.overwrite(stream, 2, forged, json.writeValueAsBytes(meta));

            assertFailure(check(stream).get("firstFailure"), stream, 2, "SEALED_HEAD_MISMATCH");
        } finally {
            rows.restore(stream, original);
        }
    }

    @Test
    void R23_a_seal_binds_the_changed_stream_heads_into_one_merkle_root_and_is_itself_a_verifiable_stream()
            throws Exception {
        String stream = aStreamOfThreeEvents();

        JsonNode seal = seal();

        String sealId = seal.get("sealId").asString();
        Map<String, Object> row = rows.snapshot(sealId).get(0);
        assertThat(row.get("type")).as("stored without an aggregate").isNull();
        assertThat(row.get("event_identifier")).isEqualTo(sealId);
        JsonNode payload = json.readTree((byte[]) row.get("payload"));
        assertThat(payload.get("heads")).anySatisfy(head -> assertThat(head.get("streamId").asString())
                .isEqualTo(stream));
        assertThat(seal.get("headCount").asLong()).isEqualTo(payload.get("heads").size());
        assertThat(Auditor.merkleRoot(payload.get("heads"))).isEqualTo(seal.get("merkleRoot").asString())
                .isEqualTo(payload.get("merkleRoot").asString());
        assertThat(check(sealId).get("status").asString()).isEqualTo("OK");
        JsonNode all = checkAll();
        assertThat(all.get("seal").get("sealId").asString()).isEqualTo(sealId);
        assertThat(all.get("status").asString()).isEqualTo("OK");
    }

    @Test
    void R23_the_feed_leaves_seals_out_and_goes_on_past_them() throws Exception {
        String sealId = seal().get("sealId").asString();
        String later = aStreamOfThreeEvents();

        awaitFeedEntries(later, 3);
        assertThat(jdbc.queryForObject("select count(*) from feed_entry where item like ?", Long.class,
                "%" + sealId + "%")).isZero();
    }

    private void awaitFeedEntries(String text, long count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (jdbc.queryForObject("select count(*) from feed_entry where item like ?", Long.class,
                "%" + text + "%") < count) {
            assertThat(Instant.now()).as("no feed entry with " + text + " within 2 minutes").isBefore(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void R23_erasing_a_person_leaves_the_chain_verifiable() throws Exception {
        JsonNode enterprise = api.read(api.post(Api.ADMIN, "/api/v1/enterprises", Map.of(
                "creditCode", TestCreditCodes.next("360203"), "name", "擦除链测试企业", "regionCode", "360203",
                "address", "景德镇", "contact", Map.of("name", "司马淑芬", "phone", "13912345679"),
                "roles", List.of("PRODUCER"))).andExpect(status().isCreated()));

        api.post(Api.ADMIN, "/api/v1/personal-data/" + enterprise.get("contactRef").asString() + "/erase", Map.of())
                .andExpect(status().isNoContent());

        assertThat(check(enterprise.get("id").asString()).get("status").asString()).isEqualTo("OK");
    }

    @Test
    void R23_an_unknown_stream_is_404() throws Exception {
        api.get(REGULATOR, INTEGRITY + "/00000000-0000-0000-0000-0000000000aa").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("streamId"));
    }

    @Test
    void R21_parties_neither_check_nor_seal_and_administrators_do() throws Exception {
        api.get("producer", INTEGRITY).andExpect(status().isForbidden());
        api.post("carrier", INTEGRITY + "/seals", Map.of()).andExpect(status().isForbidden());
        api.post(Api.ADMIN, INTEGRITY + "/seals", Map.of()).andExpect(status().isCreated())
                .andExpect(header().exists("Location"));
    }

    private static void assertFailure(JsonNode failure, String stream, long sequence, String reason) {
        assertThat(failure.get("streamId").asString()).isEqualTo(stream);
        assertThat(failure.get("sequence").asLong()).isEqualTo(sequence);
        assertThat(failure.get("reason").asString()).isEqualTo(reason);
    }
}
