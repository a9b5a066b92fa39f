package cn.haztrail.registry.imports;

import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Only administrators onboard enterprises in bulk, as only they register enterprises one by one. */
@Component
class ImportAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/admin/enterprise-imports", "/api/v1/admin/enterprise-imports/**")
                .hasRole(Role.ADMIN.name());
    }
}
