package cn.haztrail.batch.web;

import cn.haztrail.batch.query.BatchReaders;
import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Producers and collectors register batches; receivers record disposals (R19); receivers and collectors split and
 * consolidate the batches their enterprise holds (R39-R41: which those are, the command decides). Reading is open to
 * every signed-in account and filtered per enterprise or jurisdiction by {@link BatchReaders} (R21).
 */
@Component
class BatchAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/batches")
                .hasAnyRole(Role.PRODUCER.name(), Role.COLLECTOR.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/batches/*/disposal")
                .hasRole(Role.RECEIVER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/batches/*/split", "/api/v1/batches/consolidations")
                .hasAnyRole(Role.RECEIVER.name(), Role.COLLECTOR.name());
    }
}
