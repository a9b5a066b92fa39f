package cn.haztrail.shared.web;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Provides {@link PublicAddress}. The embedded profile defaults it to http://localhost:8080 (application.yml); the
 * postgres profile has no default, and an installation without it refuses to start before it touches the database:
 * the check runs with the bean factory's post-processors, ahead of every other bean.
 */
@Configuration(proxyBeanMethods = false)
public class PublicAddressConfiguration {

    @Bean
    static BeanFactoryPostProcessor publicAddressCheck(Environment environment) {
        return beanFactory -> PublicAddress.of(environment.getProperty(PublicAddress.PROPERTY));
    }

    @Bean
    PublicAddress publicAddress(Environment environment) {
        return PublicAddress.of(environment.getProperty(PublicAddress.PROPERTY));
    }
}
