package cn.haztrail.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ExpectedVersionResolver());
    }

    /** Registered after Spring's own, so it is the one that reads Instant parameters. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new StrictInstantFormatter());
    }
}
