package cn.haztrail.shared.axon.admin;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Map;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A replay asked of one node works while other nodes run the processor: it takes over their claims as it resets
 * the tokens, instead of failing because it cannot claim them.
 */
@IntegrationTest
class ReplayOnSeveralNodesTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_projection_whose_segments_another_node_claims_is_replayed_all_the_same() throws Exception {
        // as a second node running the feed would hold them: this node can neither claim nor store its tokens
        jdbc.update("update token_entry set owner = 'another-node', timestamp = ? where processor_name = 'feed'",
                Instant.now().toString());

        api.post(Api.ADMIN, "/api/v1/admin/projections/feed/replay", Map.of())
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("feed"));

        new StreamingProcessors(api, jdbc).awaitCaughtUp("feed");
    }
}
