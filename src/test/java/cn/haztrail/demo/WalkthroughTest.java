package cn.haztrail.demo;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** README's walkthrough, run as written: each step's exact block, in order, against the application. */
@IntegrationTest
class WalkthroughTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void R24_the_readme_walkthrough_runs_step_by_step_as_written() throws Exception {
        List<WalkthroughStep> steps = WalkthroughStep.fromReadme(Files.readString(Path.of("README.md")));
        assertThat(steps).hasSizeGreaterThanOrEqualTo(10);
        // The walkthrough happens just after its latest time, so that no step lies in the future.
        clock.advance(Duration.between(clock.instant(), WalkthroughStep.latestTime(steps).plusHours(1).toInstant()));

        Map<String, String> kept = new HashMap<>();
        for (WalkthroughStep step : steps) {
            String path = step.fill(step.path(), kept);
            ResultActions answer = step.method().equals("GET") ? api.get(step.account(), path)
                    : api.post(step.account(), path, step.fill(step.body(), kept));
            answer.andExpect(status().is(step.status()));
            JsonNode body = api.read(answer);
            step.keeps().forEach((placeholder, field) -> {
                JsonNode value = body.at("/" + field.replace('.', '/'));
                assertThat(value.isMissingNode()).as(step.title() + " answers " + field).isFalse();
                kept.put(placeholder, value.asString());
            });
        }
        assertThat(kept).containsKeys("batchId", "labelId", "manifestId", "manifestNumber");
    }
}
