package cn.haztrail.shared.security;

import cn.haztrail.shared.web.ProblemResponseWriter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.util.List;

/**
 * Embedded mode signs in with HTTP Basic against {@link Account}s; the {@code oidc} profile accepts JWTs from the
 * organisation's identity provider instead. Both are stateless: no session, no cookie, so no CSRF token either.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String[] PUBLIC = {
            "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/actuator/health/**", "/actuator/info", "/error",
            "/api-docs/rules.md"
    };

    /** Enough for every account of a large installation; beyond it the oldest are forgotten (and checked again). */
    private static final long REMEMBERED_SIGN_INS = 10_000;

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Checks passwords for HTTP Basic and the console's form alike; a verified sign-in is remembered a while. */
    @Bean
    AuthenticationProvider passwordCheck(UserDetailsService users, PasswordEncoder passwordEncoder,
                                         SecurityProperties properties) {
        return new RememberingPasswordCheck(users, passwordEncoder,
                new VerifiedSignIns(properties.login().rememberVerifiedFor(), REMEMBERED_SIGN_INS));
    }

    @Bean
    @Profile("!oidc")
    SecurityFilterChain basicLogin(HttpSecurity http, ProblemSecurityHandlers problems, List<AccessRules> rules,
                                   LoginThrottle throttle, ProblemResponseWriter writer, JdbcTemplate jdbc,
                                   MessageSource messages, MeterRegistry registry) throws Exception {
        common(http, problems, rules);
        http.httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new LoginThrottleFilter(throttle, writer, messages, registry),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new ActingForFilter(jdbc, writer), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Profile("oidc")
    SecurityFilterChain jwtLogin(HttpSecurity http, ProblemSecurityHandlers problems, JwtCallerConverter converter,
                                 List<AccessRules> rules, ProblemResponseWriter writer, JdbcTemplate jdbc)
            throws Exception {
        common(http, problems, rules);
        http.addFilterAfter(new ActingForFilter(jdbc, writer), BearerTokenAuthenticationFilter.class);
        http.oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems));
        return http.build();
    }

    private static void common(HttpSecurity http, ProblemSecurityHandlers problems, List<AccessRules> rules)
            throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PUBLIC).permitAll();
                    rules.forEach(rule -> rule.apply(requests));
                    requests.anyRequest().authenticated();
                })
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers.referrerPolicy(referrer -> referrer
                        .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    }
}
