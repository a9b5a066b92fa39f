package cn.haztrail.account.web;

import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Activation needs no sign-in (the token is the proof); every signed-in account reads its own account and changes
 * its password; administrators open accounts. Members are managed by the enterprise's managers and administrators,
 * checked per enterprise by {@link MemberController}: ordered first so that the registry's rule on
 * {@code POST /api/v1/enterprises/**} (administrators only) does not shadow the managers.
 */
@Component
@Order(0)
class AccountAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/accounts/activation").permitAll()
                .requestMatchers("/api/v1/accounts/me", "/api/v1/accounts/me/**").authenticated()
                .requestMatchers("/api/v1/enterprises/*/members", "/api/v1/enterprises/*/members/**").authenticated()
                .requestMatchers("/api/v1/accounts", "/api/v1/accounts/**").hasRole(Role.ADMIN.name());
    }
}
