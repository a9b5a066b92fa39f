package cn.haztrail.console.forms;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** A console session for a demo account, signed in with the form as a person would. */
final class ConsoleSessions {

    private ConsoleSessions() {
    }

    /** A generation time as the datetime-local field sends it, in Asia/Shanghai. */
    static String anHourAgo() {
        return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo"))
                .andReturn().getRequest().getSession(false);
    }
}
