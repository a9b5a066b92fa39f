package cn.haztrail.console.search;

import cn.haztrail.console.ConsoleSession;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The regulator's search: manifests and batches it may read (R21) lead to their timelines; enterprises by name or code. */
@IntegrationTest
class SearchPageTest {

    @Autowired
    MockMvc mvc;
    MockHttpSession regulator;

    @BeforeEach
    void signIn() throws Exception {
        regulator = ConsoleSession.signIn(mvc, "regulator-jdz");
    }

    private String search(String kind, String q) throws Exception {
        return mvc.perform(get("/console/search").param("kind", kind).param("q", q).session(regulator))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_manifest_number_finds_the_manifest_and_links_its_timeline() throws Exception {
        assertThat(search("MANIFEST", "20263602000001"))
                .contains("href=\"/console/custody/manifests/20263602000001\"");
    }

    @Test
    void R21_an_unknown_manifest_number_finds_nothing() throws Exception {
        assertThat(search("MANIFEST", "20263602999999")).contains("id=\"nothing\"");
    }

    @Test
    void a_typed_label_id_finds_the_batch_and_links_its_timeline() throws Exception {
        String manifestPage = mvc.perform(get("/console/custody/manifests/20263602000001").session(regulator))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String label = manifestPage.replaceAll("(?s).*?(91360200MA35G8XK2H\\d{19}).*", "$1");

        assertThat(search("BATCH", label)).contains("href=\"/console/custody/batches/", label);
    }

    @Test
    void an_enterprise_is_found_by_part_of_its_name_with_its_licences() throws Exception {
        assertThat(search("ENTERPRISE", "综合处置")).contains("景德镇市危险废物综合处置中心", "91360200MA39H5LD0E",
                "赣危废经字第360200001号");
    }

    @Test
    void an_enterprise_is_found_by_its_credit_code() throws Exception {
        assertThat(search("ENTERPRISE", "91360200ma35g8xk2h")).contains("景德镇市昌南化工有限公司");
    }

    @Test
    void the_regulator_navigation_offers_the_search() throws Exception {
        String home = mvc.perform(get("/console/oversight").session(regulator)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(home).contains("href=\"/console/search\"", "检索");
    }
}
