package cn.haztrail.console;

import cn.haztrail.support.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application on a random port of 127.0.0.1 with the demo data, for tests that drive it in Chromium
 * ({@link BrowserWindows}). One annotation, so that every browser test shares one application context: a second one
 * on the same database would run a second set of processors.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
@interface BrowserTest {
}
