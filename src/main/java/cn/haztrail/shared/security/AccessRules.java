package cn.haztrail.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A feature's role rules per URL, applied by the security filter chain: a caller without the role gets 403 before
 * any request body is read. Which enterprise a caller may act for is checked by the feature itself (R21).
 */
public interface AccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
