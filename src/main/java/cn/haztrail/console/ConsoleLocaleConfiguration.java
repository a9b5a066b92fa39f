package cn.haztrail.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/**
 * Two audiences, two ways of choosing a language. The API answers in the caller's Accept-Language (English without
 * one, {@code spring.web.locale}), exactly as before the console existed; pages are Chinese unless the person picked
 * English with the switch ({@code ?lang=en}), which a cookie remembers.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLocaleConfiguration implements WebMvcConfigurer {

    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver(WebProperties web) {
        AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
        api.setDefaultLocale(web.getLocale());
        CookieLocaleResolver pages = new CookieLocaleResolver("haztrail-lang");
        pages.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        pages.setCookieMaxAge(Duration.ofDays(365));
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return (isApi(request) ? api : pages).resolveLocale(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                (isApi(request) ? api : pages).setLocale(request, response, locale);
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns(ConsoleSecurityConfiguration.NOT_PAGES);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/console") && !path.startsWith("/login") && !path.startsWith(LabelCheckPaths.PREFIX)
                && !path.equals("/");
    }
}
