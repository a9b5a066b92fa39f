package cn.haztrail.console;

import cn.haztrail.shared.security.AccountUserDetailsService;
import cn.haztrail.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;

/**
 * The console's own filter chain, ahead of the API's: everything that is not the JSON API, its documents or the
 * actuator. People keep a session (CSRF-protected); how they sign in is the {@link ConsoleSignIn} of the mode: a
 * form against the same accounts, throttle and memberships as HTTP Basic in embedded mode, the identity provider's
 * authorization-code login under {@code oidc}. The API chain stays stateless.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    /** Answered by the API chain: JSON, stateless, Basic or bearer. */
    static final String[] NOT_PAGES = {
            "/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**", "/api-docs/**",
            "/error"
    };
    static final String[] PUBLIC_PAGES = {
            "/login", LabelCheckPaths.PATTERN, "/assets/**", "/webjars/**", "/favicon.ico"
    };

    @Bean
    @Order(1)
    SecurityFilterChain consolePages(HttpSecurity http, ConsoleSignIn signIn,
                                     AccountUserDetailsService accounts) throws Exception {
        http.securityMatcher(new NegatedRequestMatcher(new OrRequestMatcher(Arrays.stream(NOT_PAGES)
                        .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
                        .toList())))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/console/oversight/**", "/console/custody/**", "/console/search",
                                "/console/search/**").hasRole(Role.REGULATOR.name())
                        .requestMatchers("/console/batches/new", "/console/manifests/new", "/console/manifests/*/submit")
                        .hasAnyRole(Role.PRODUCER.name(), Role.COLLECTOR.name())
                        .anyRequest().authenticated());
        signIn.configure(http); // before the acting-for filter, which reads the person it signs in
        http.addFilterBefore(new ConsoleActingForFilter(accounts), AuthorizationFilter.class)
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; "
                                + "form-action " + signIn.formTargets())));
        return http.build();
    }
}
