package cn.haztrail.operations;

import cn.haztrail.shared.security.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Metrics name processors, volumes and failure counts of the whole installation: administrators only. Health
 * (liveness, readiness) stays open for load balancers and orchestrators; it says UP or not, nothing more.
 */
@Component
class OperationsAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/actuator/prometheus", "/actuator/metrics/**").hasRole("ADMIN");
    }
}
