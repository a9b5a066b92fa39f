package cn.haztrail.shared.web;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rules reference that refusals link to is the project's own file, served by the application itself. */
@IntegrationTest
class RulesReferenceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void R21_anyone_reads_the_rules_reference_at_the_path_problems_link_to() throws Exception {
        String served = new Api(mvc, json, jdbc).anonymousGet(Problems.RULES_REFERENCE)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/markdown"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(served).isEqualTo(Files.readString(Path.of("api-docs/rules.md")));
    }

    @Test
    void every_rule_a_problem_can_name_has_its_anchor_in_the_rules_reference() throws Exception {
        String rules = Files.readString(Path.of("api-docs/rules.md"));

        IntStream.rangeClosed(1, 27).mapToObj(n -> String.format("R%02d", n)).forEach(rule -> assertThat(rules)
                .contains("<a id=\"" + Problems.ruleLink(rule).getFragment() + "\"></a>" + rule + " "));
    }
}
