package cn.haztrail.console;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** A console session signed in with the form, as a person in a browser would be. */
public final class ConsoleSession {

    private ConsoleSession() {
    }

    public static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                .getRequest().getSession(false);
    }
}
