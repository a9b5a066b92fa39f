package cn.haztrail.oversight.integrity;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestCreditCodes;
import cn.haztrail.support.TestPlates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R23 for global positions, which the hash chain does not cover: a row whose {@code global_index} someone with
 * database access set far ahead (100000 beyond the store's sequence) is reported by the integrity check, and no
 * streaming processor follows it there, so the events appended meanwhile are handled and served by the feed. One
 * moved below its predecessor in its stream is reported too. Every row is put back in a finally block: the other
 * tests share this store, and its processors.
 */
@IntegrationTest
class GlobalPositionTamperTest {

    private static final String REGULATOR = "regulator-jdz";
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void R23_an_event_moved_beyond_the_stores_sequence_is_reported() throws Exception {
        String stream = aCarrier(0);
        long original = globalIndex(stream, 0);
        long brokenBefore = checkAll().get("brokenStreams").asLong();
        try {
            move(stream, 0, head() + 100_000);

            JsonNode report = check(stream);

            assertThat(report.at("/firstFailure/reason").asString()).isEqualTo("GLOBAL_INDEX_BEYOND_SEQUENCE");
            assertThat(report.at("/firstFailure/sequence").asLong()).isZero();
            assertThat(checkAll().get("brokenStreams").asLong()).isEqualTo(brokenBefore + 1);
        } finally {
            move(stream, 0, original);
        }
        assertThat(check(stream).get("status").asString()).isEqualTo("OK");
    }

    @Test
    void R23_an_event_moved_before_its_predecessor_in_the_stream_is_reported() throws Exception {
        String stream = aCarrier(1);
        long original = globalIndex(stream, 1);
        try {
            move(stream, 1, 0); // the sequence starts at 1: position 0 is free and below every other

            JsonNode report = check(stream);

            assertThat(report.at("/firstFailure/reason").asString()).isEqualTo("GLOBAL_INDEX_OUT_OF_ORDER");
            assertThat(report.at("/firstFailure/sequence").asLong()).isEqualTo(1);
        } finally {
            move(stream, 1, original);
        }
        assertThat(check(stream).get("status").asString()).isEqualTo("OK");
    }

    @Test
    void R23_processors_never_follow_a_position_written_beyond_the_sequence() throws Exception {
        String stream = aCarrier(0);
        awaitProcessorsAt(globalIndex(stream, 0));
        long after = Math.max(0, head() - 3);
        List<Long> servedBefore = feedPositions(after);
        long original = globalIndex(stream, 0);
        long forged = head() + 100_000;
        try {
            move(stream, 0, forged);

            long later = globalIndex(aCarrier(0), 0);

            awaitServed(after, later);
            awaitProcessorsAt(later);
            assertThat(feedPositions(after)).as("the feed after %d", after)
                    .startsWith(servedBefore.toArray(Long[]::new)).doesNotContain(forged);
            Map<String, Long> positions = processorPositions();
            assertThat(positions).as("no processor went to the forged position").allSatisfy((name, position) ->
                    assertThat(position).isLessThan(forged));
        } finally {
            move(stream, 0, original);
        }
        long afterPutBack = globalIndex(aCarrier(0), 0);
        awaitServed(after, afterPutBack);
        awaitProcessorsAt(afterPutBack);
    }

    /** A carrier with that many vehicles: a stream of one event more. */
    private String aCarrier(int vehicles) throws Exception {
        String id = api.read(api.post(Api.ADMIN, "/api/v1/enterprises", Map.of(
                "creditCode", TestCreditCodes.next("360203"), "name", "位置测试运输" + System.nanoTime(),
                "regionCode", "360203", "address", "景德镇", "contact", Map.of("name", "位置测试", "phone", "0798-8000003"),
                "roles", List.of("CARRIER"))).andExpect(status().isCreated())).get("id").asString();
        for (int i = 0; i < vehicles; i++) {
            api.post(Api.ADMIN, "/api/v1/enterprises/" + id + "/vehicles", Map.of("plate", TestPlates.next(),
                    "operatingPermitNo", "赣交运管景字位" + i)).andExpect(status().isCreated());
        }
        return id;
    }

    private void move(String stream, long sequence, long globalIndex) {
        jdbc.update("update domain_event_entry set global_index = ? where aggregate_identifier = ? "
                + "and sequence_number = ?", globalIndex, stream, sequence);
    }

    private long globalIndex(String stream, long sequence) {
        return jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = ?", Long.class, stream, sequence);
    }

    private long head() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    private JsonNode check(String stream) throws Exception {
        return api.read(api.get(REGULATOR, "/api/v1/oversight/integrity/" + stream).andExpect(status().isOk()));
    }

    private JsonNode checkAll() throws Exception {
        return api.read(api.get(REGULATOR, "/api/v1/oversight/integrity").andExpect(status().isOk()));
    }

    private List<Long> feedPositions(long after) throws Exception {
        List<Long> positions = new ArrayList<>();
        api.read(api.get(Api.ADMIN, "/api/v1/feed?limit=1000&after=" + after).andExpect(status().isOk()))
                .get("items").forEach(item -> positions.add(item.get("position").asLong()));
        return positions;
    }

    /** Each streaming processor and the highest position its segments reached. */
    private Map<String, Long> processorPositions() throws Exception {
        Map<String, Long> positions = new TreeMap<>();
        for (JsonNode processor : api.read(api.get(Api.ADMIN, "/api/v1/admin/projections")
                .andExpect(status().isOk()))) {
            if (processor.get("kind").asString().contains("streaming")) {
                positions.put(processor.get("name").asString(),
                        processor.hasNonNull("position") ? processor.get("position").asLong() : -1);
            }
        }
        return positions;
    }

    private void awaitServed(long after, long position) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!feedPositions(after).contains(position)) {
            assertThat(Instant.now()).as("the feed did not serve position %d", position).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private void awaitProcessorsAt(long position) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            Map<String, Long> positions = processorPositions();
            if (!positions.isEmpty() && positions.values().stream().allMatch(reached -> reached >= position)) {
                return;
            }
            assertThat(Instant.now()).as("streaming processors did not reach %d: %s", position, positions)
                    .isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
