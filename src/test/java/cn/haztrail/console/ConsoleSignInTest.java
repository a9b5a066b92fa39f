package cn.haztrail.console;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The console signs in with a form and a CSRF-protected session; the JSON API beside it stays stateless. */
@IntegrationTest
class ConsoleSignInTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_root_leads_an_anonymous_visitor_to_the_sign_in_page() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(get("/console")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<label for=\"password\">密码</label>")));
    }

    @Test
    void a_form_post_without_its_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/login").param("username", "regulator-jdz").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_regulator_signs_in_with_the_form_and_its_session_opens_the_dashboard() throws Exception {
        MvcResult signIn = mvc.perform(formLogin("/login").user("regulator-jdz").password("demo"))
                .andExpect(redirectedUrl("/console")).andReturn();
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);

        mvc.perform(get("/console").session(session)).andExpect(redirectedUrl("/console/oversight"));
        mvc.perform(get("/console/oversight").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("监管看板")));
    }

    @Test
    void a_wrong_password_returns_to_the_form_with_an_error() throws Exception {
        mvc.perform(formLogin("/login").user("producer").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void a_producer_may_not_open_the_regulator_dashboard() throws Exception {
        MvcResult signIn = mvc.perform(formLogin("/login").user("producer").password("demo")).andReturn();
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);

        mvc.perform(get("/console").session(session)).andExpect(redirectedUrl("/console/enterprise"));
        mvc.perform(get("/console/oversight").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void the_api_answers_without_creating_a_session_or_setting_a_cookie() throws Exception {
        MvcResult answer = mvc.perform(get("/api/v1/accounts/me").with(httpBasic("regulator-jdz", "demo")))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("Set-Cookie")).andReturn();

        assertThat(answer.getRequest().getSession(false)).isNull();
    }

    @Test
    void the_api_does_not_accept_the_console_session() throws Exception {
        MvcResult signIn = mvc.perform(formLogin("/login").user("regulator-jdz").password("demo")).andReturn();
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);

        mvc.perform(get("/api/v1/accounts/me").session(session)).andExpect(status().isUnauthorized());
    }
}
