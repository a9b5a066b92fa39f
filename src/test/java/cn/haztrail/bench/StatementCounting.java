package cn.haztrail.bench;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/**
 * Puts a JDBC proxy (datasource-proxy) around the application's DataSource, so that {@link StatementCounter} sees every
 * statement of the application, its processors and the benchmarks. {@code -Dbench.statements=false} leaves the
 * DataSource as it is (to see what the proxy itself costs); the counts then stay empty.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty("bench.statements"));
    }

    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }

    @Bean
    static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof DataSource dataSource) || !enabled()) {
                    return bean;
                }
                return ProxyDataSourceBuilder.create(name, dataSource).listener(counter.getObject()).build();
            }
        };
    }
}
