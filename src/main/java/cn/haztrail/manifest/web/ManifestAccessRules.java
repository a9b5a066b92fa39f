package cn.haztrail.manifest.web;

import cn.haztrail.shared.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Consignors (producers, collectors) draft, submit and cancel; carriers move the waste; receivers receive (a producer
 * too, for waste returned to it). Regulators and administrators write nothing of the custody chain (R21).
 */
@Component
class ManifestAccessRules implements AccessRules {

    private static final String[] PARTIES = {"PRODUCER", "COLLECTOR", "CARRIER", "RECEIVER"};

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/manifests", "/api/v1/manifests/*/submit",
                        "/api/v1/manifests/*/cancel").hasAnyRole("PRODUCER", "COLLECTOR")
                .requestMatchers(HttpMethod.POST, "/api/v1/manifests/*/pickup", "/api/v1/manifests/*/handover",
                        "/api/v1/manifests/*/arrival").hasRole("CARRIER")
                .requestMatchers(HttpMethod.POST, "/api/v1/manifests/*/receipt")
                .hasAnyRole("RECEIVER", "COLLECTOR", "PRODUCER")
                .requestMatchers(HttpMethod.POST, "/api/v1/manifests/*/corrections/**",
                        "/api/v1/manifests/*/corrections").hasAnyRole(PARTIES);
    }
}
