package cn.haztrail.oversight.custody;

import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Every signed-in role reads chains of custody: regulators within their jurisdiction, parties their own batches and
 * manifests (R21, checked per chain by {@link CustodyController}), and administrators too, who operate the platform
 * and must be able to answer for any chain; nobody writes here. Ordered first so that a broader rule on
 * {@code /api/v1/oversight/**} (regulators only) cannot shadow the parties' access.
 */
@Component
@Order(0)
class CustodyAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/v1/oversight/custody/**")
                .hasAnyRole(Role.PRODUCER.name(), Role.COLLECTOR.name(), Role.CARRIER.name(), Role.RECEIVER.name(),
                        Role.REGULATOR.name(), Role.ADMIN.name());
    }
}
