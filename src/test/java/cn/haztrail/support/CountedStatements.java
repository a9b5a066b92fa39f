package cn.haztrail.support;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/**
 * The application's DataSource behind a JDBC proxy that counts each thread's statements (read them with
 * {@code QueryCountHolder}) and logs them ({@link StatementLog}), for the tests declared {@link StatementCountingTest}:
 * they share one context on a database of its own, whose processors must not share the suite's.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountedStatements {

    public static final String DATABASE = OwnDatabase.URL + "haztrail-counted-statements" + OwnDatabase.OPTIONS;

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource
                        ? ProxyDataSourceBuilder.create(name, dataSource).countQuery()
                        .afterQuery(StatementLog::record).build() : bean;
            }
        };
    }
}
