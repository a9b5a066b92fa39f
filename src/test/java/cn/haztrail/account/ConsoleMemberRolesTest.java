package cn.haztrail.account;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static cn.haztrail.demo.DemoParties.CHEMICAL_PLANT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The console's forms follow the member roles as the API does (R29): a viewer of a producer reads, never writes. */
@IntegrationTest
class ConsoleMemberRolesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void R29_a_viewer_may_not_register_a_batch_with_the_console_form() throws Exception {
        People people = new People(mvc, json);
        People.Person viewer = people.member(people.manager(CHEMICAL_PLANT), CHEMICAL_PLANT, "VIEWER");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(viewer.username())
                .password(People.PASSWORD)).andReturn().getRequest().getSession(false);

        mvc.perform(post("/console/batches/new").session(session).with(csrf()).param("wasteCode", "900-249-08"))
                .andExpect(status().isForbidden());
    }
}
