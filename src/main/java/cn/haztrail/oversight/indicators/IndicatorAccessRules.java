package cn.haztrail.oversight.indicators;

import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Indicators, flows and key units are for regulators only; which region a regulator may ask for is checked by
 * {@link RegulatorScope}.
 */
@Component
class IndicatorAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/v1/oversight/indicators", "/api/v1/oversight/flows",
                        "/api/v1/oversight/key-units")
                .hasRole(Role.REGULATOR.name());
    }
}
