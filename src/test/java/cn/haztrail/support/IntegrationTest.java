package cn.haztrail.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on in-memory H2 with demo data, driven through HTTP (one cached context for all), with a
 * {@link TestClock} a test can move forward. Every exchange under /api/ is checked against api-docs/openapi.json
 * ({@link ApiContract}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
@Import({TestClockConfiguration.class, ApiContractConfiguration.class, ApiConfiguration.class})
public @interface IntegrationTest {
}
