package cn.haztrail.bench;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application with demo data on the benchmark's own database (H2 file or PostgreSQL), one context shared by
 * every benchmark class of the run. Its DataSource is wrapped in a statement-counting JDBC proxy
 * ({@link StatementCounting}; {@code -Dbench.statements=false} leaves it out).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("bench")
@ContextConfiguration(initializers = BenchmarkDatabase.class)
@Import(StatementCounting.class)
public @interface BenchmarkContext {
}
