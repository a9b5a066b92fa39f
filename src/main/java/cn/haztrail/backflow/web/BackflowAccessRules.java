package cn.haztrail.backflow.web;

import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The provincial backflow is the regulators' (R21): the province's records are theirs to bring in, and a city's
 * export is oversight data of their jurisdiction. Administrators run the installation, not its records.
 */
@Component
class BackflowAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/oversight/backflow/**").hasRole(Role.REGULATOR.name());
    }
}
