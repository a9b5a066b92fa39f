package cn.haztrail.report.web;

import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Licence holders (receivers, collectors) submit their annual reports; regulators acknowledge or return them and
 * read capacity against generation. Which holder and which jurisdiction is checked by the controllers.
 */
@Component
class ReportAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/annual-reports/*/*/submission")
                .hasAnyRole(Role.RECEIVER.name(), Role.COLLECTOR.name());
        requests.requestMatchers(HttpMethod.POST, "/api/v1/annual-reports/*/*/acknowledgement",
                "/api/v1/annual-reports/*/*/return").hasRole(Role.REGULATOR.name());
        requests.requestMatchers(HttpMethod.GET, "/api/v1/oversight/capacity").hasRole(Role.REGULATOR.name());
    }
}
