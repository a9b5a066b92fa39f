package cn.haztrail.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class CapacityConfiguration {

    /** Before every other filter, Spring Security's included, so that no shortage escapes it. */
    @Bean
    FilterRegistrationBean<ShortageFilter> shortageFilter(ShortageAnswer answer) {
        var registration = new FilterRegistrationBean<>(new ShortageFilter(answer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("shortageFilter");
        return registration;
    }
}
