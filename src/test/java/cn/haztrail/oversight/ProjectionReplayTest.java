package cn.haztrail.oversight;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every streaming projection can be rebuilt from the events and answers exactly as before. */
@IntegrationTest
class ProjectionReplayTest {

    /** The streaming processors and the questions their projections answer, asked as accounts that may ask them. */
    private static final List<List<String>> QUESTIONS = List.of(
            List.of("feed", "admin", "/api/v1/feed?after=0&limit=1000"),
            List.of("oversight", "regulator-jx", "/api/v1/oversight/alerts?state=ALL&size=200"),
            List.of("ordered-alerts", "regulator-jx", "/api/v1/oversight/alerts?state=ALL&size=200"),
            List.of("oversight", "regulator-jx",
                    "/api/v1/oversight/indicators?region=360000&from=2026-01-01&to=2026-12-31"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_streaming_projection_rebuilds_to_the_same_answers() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        StreamingProcessors processors = new StreamingProcessors(api, jdbc);
        for (List<String> question : QUESTIONS) {
            String name = question.get(0);
            String user = question.get(1);
            String path = question.get(2);
            // A deadline may append an event meanwhile (the demo's overdue batches): then the answers may differ
            // for that reason alone, and the comparison is made again.
            for (int attempt = 1; ; attempt++) {
                long head = head();
                processors.awaitCaughtUp(name);
                String before = api.read(api.get(user, path).andExpect(status().isOk())).toString();

                api.post(Api.ADMIN, "/api/v1/admin/projections/" + name + "/replay", Map.of())
                        .andExpect(status().isOk());
                processors.awaitCaughtUp(name);
                String after = api.read(api.get(user, path).andExpect(status().isOk())).toString();

                if (head() == head || attempt == 5) {
                    assertThat(after).as("answer of %s after its replay", name).isEqualTo(before);
                    break;
                }
            }
        }
    }

    private long head() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }
}
