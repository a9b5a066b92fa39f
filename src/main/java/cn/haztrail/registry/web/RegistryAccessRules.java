package cn.haztrail.registry.web;

import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Administrators register enterprises and grant licences and permits; carriers also register their vehicles. */
@Component
class RegistryAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/enterprises/*/vehicles")
                .hasAnyRole(Role.ADMIN.name(), Role.CARRIER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/enterprises", "/api/v1/enterprises/**")
                .hasRole(Role.ADMIN.name());
    }
}
