package cn.haztrail.oversight.alerts;

import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Alerts are for regulators; the controller narrows them to the caller's jurisdiction. */
@Component
class AlertAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/oversight/alerts", "/api/v1/oversight/alerts/**")
                .hasRole(Role.REGULATOR.name());
    }
}
