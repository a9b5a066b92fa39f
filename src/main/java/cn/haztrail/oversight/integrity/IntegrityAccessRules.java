package cn.haztrail.oversight.integrity;

import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Regulators verify the history (R23) and may seal it; administrators too, who answer for the platform. Parties do
 * not: the checks read every stream.
 */
@Component
class IntegrityAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/oversight/integrity", "/api/v1/oversight/integrity/**")
                .hasAnyRole(Role.REGULATOR.name(), Role.ADMIN.name());
    }
}
