package cn.haztrail.console.records;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Signing in to the console as a person would, and reading a page as text. */
final class RecordsPages {

    /** Generous: the machine is shared; the wait returns as soon as the condition holds. */
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private RecordsPages() {
    }

    static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo"))
                .andReturn().getRequest().getSession(false);
    }

    static String page(MockMvc mvc, MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
    }

    static <T> T until(Callable<T> read, Predicate<T> condition, String what) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        T value = read.call();
        while (!condition.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + LIMIT + " for " + what);
            }
            Thread.sleep(100);
            value = read.call();
        }
        return value;
    }
}
