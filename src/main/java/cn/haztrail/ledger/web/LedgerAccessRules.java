package cn.haztrail.ledger.web;

import cn.haztrail.shared.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Any signed-in account may ask for a ledger; {@link LedgerReaders} decides per enterprise. Ordered first so that
 * the registry's rule on {@code POST /api/v1/enterprises/**} (administrators only) does not shadow the exports.
 */
@Component
@Order(0)
class LedgerAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/enterprises/*/ledger/**").authenticated();
    }
}
