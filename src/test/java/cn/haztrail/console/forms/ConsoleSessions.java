package cn.haztrail.console.forms;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import cn.haztrail.batch.api.LabelId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** A console session for a demo account, signed in with the form as a person would. */
final class ConsoleSessions {

    private ConsoleSessions() {
    }

    /**
     * A generation time of 900-249-08 as the datetime-local field sends it, in Asia/Shanghai: an hour ago, or whole
     * days earlier while that day's label sequence is used up. The suite shares one database, and R07's 3-digit
     * sequence allows 999 batches of a code per producer and day, which the whole suite can reach.
     */
    static String generatedAtWithLabelsLeft(JdbcTemplate jdbc) {
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        while (jdbc.queryForObject("""
                select count(*) from label_sequence
                where waste_code = '900-249-08' and label_day = ? and last_value >= ?""",
                Long.class, at.toLocalDate(), LabelId.MAX_SEQUENCE) > 0) {
            at = at.minusDays(1);
        }
        return at.toString();
    }

    static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo"))
                .andReturn().getRequest().getSession(false);
    }
}
