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
 * The whole application with demo data, driven through HTTP, its statements counted per thread
 * ({@link CountedStatements}), on a database of its own: one cached context for every test that counts statements,
 * since all of them declare exactly this.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {CountedStatements.DATABASE, OwnDatabase.DIALECT})
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
@Import({CountedStatements.class, ApiConfiguration.class})
public @interface StatementCountingTest {
}
