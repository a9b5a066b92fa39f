package cn.haztrail.plan.web;

import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Producers file and amend their plans (their managers and clerks: R29); regulators record or return them and list
 * the producers without one (which jurisdiction is the controller's and the plan's check, R30). Reading plans is
 * open to every signed-in account and narrowed by the controller to the producer and its regulators.
 */
@Component
class PlanAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/plans", "/api/v1/plans/*/amendment")
                .hasRole(Role.PRODUCER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/plans/*/recording", "/api/v1/plans/*/return")
                .hasRole(Role.REGULATOR.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/plans/missing")
                .hasRole(Role.REGULATOR.name());
    }
}
