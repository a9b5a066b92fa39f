package cn.haztrail.exemption.web;

import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Only regulators record and revoke exemptions (whose jurisdiction is checked by the controller); reading is open to
 * every signed-in account and narrowed by the controller to regulators and the two parties.
 */
@Component
class ExemptionAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/exemptions", "/api/v1/exemptions/**")
                .hasRole(Role.REGULATOR.name());
    }
}
