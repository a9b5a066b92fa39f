package cn.haztrail.oversight;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every streaming projection can be rebuilt from the events and answers exactly as before. */
@IntegrationTest
class ProjectionReplayTest {

    /** The streaming projections and a question each one answers, asked as the account that may ask it. */
    private static final Map<String, List<String>> QUESTIONS = new LinkedHashMap<>();

    static {
        QUESTIONS.put("feed", List.of("admin", "/api/v1/feed?after=0&limit=1000"));
        QUESTIONS.put("oversight-alerts", List.of("regulator-jx", "/api/v1/oversight/alerts?state=ALL&size=200"));
        QUESTIONS.put("oversight-facts", List.of("regulator-jx",
                "/api/v1/oversight/indicators?region=360000&from=2026-01-01&to=2026-12-31"));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_streaming_projection_rebuilds_to_the_same_answers() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        for (var question : QUESTIONS.entrySet()) {
            String name = question.getKey();
            String user = question.getValue().get(0);
            String path = question.getValue().get(1);
            awaitCaughtUp(api, name);
            String before = api.read(api.get(user, path).andExpect(status().isOk())).toString();

            api.post(Api.ADMIN, "/api/v1/admin/projections/" + name + "/replay", Map.of()).andExpect(status().isOk());
            awaitCaughtUp(api, name);

            assertThat(api.read(api.get(user, path).andExpect(status().isOk())).toString())
                    .as("answer of %s after its replay", name).isEqualTo(before);
        }
    }

    /** Waits until the processor has handled every stored event and is no longer replaying. */
    private void awaitCaughtUp(Api api, String name) throws Exception {
        long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonNode status = statusOf(api, name);
            boolean done = !status.get("replaying").asBoolean() && status.hasNonNull("position")
                    && status.get("position").asLong() >= head;
            if (done) {
                return;
            }
            assertThat(Instant.now()).as("%s did not catch up with position %d: %s", name, head, status)
                    .isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private JsonNode statusOf(Api api, String name) throws Exception {
        for (JsonNode processor : api.read(api.get(Api.ADMIN, "/api/v1/admin/projections"))) {
            if (processor.get("name").asText().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + name);
    }
}
