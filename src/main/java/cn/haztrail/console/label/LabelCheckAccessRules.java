package cn.haztrail.console.label;

import cn.haztrail.console.LabelCheckPaths;
import cn.haztrail.shared.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The public label check stays public where no console chain answers it (the {@code oidc} profile): a roadside
 * inspector scanning a label's QR code never signs in, whatever the installation's login.
 */
@Component
class LabelCheckAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, LabelCheckPaths.PATTERN, "/assets/**", "/webjars/**").permitAll();
    }
}
