package cn.haztrail.shared.axon.admin;

import cn.haztrail.shared.security.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Operating the platform (replaying projections) is for administrators only. */
@Component
class AdminAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/admin/**").hasRole("ADMIN");
    }
}
