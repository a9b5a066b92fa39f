package cn.haztrail.collection.web;

import cn.haztrail.shared.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Collectors and receivers (a medical-waste disposal centre collects too) plan and change rounds, the controller
 * checks the caller acts for the round's collector; reading is open to every signed-in account and narrowed by the
 * controller to the collector, the carrier, the stops' producers and the regulators of any of their regions.
 */
@Component
class CollectionRoundAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/collection-rounds", "/api/v1/collection-rounds/**")
                .hasAnyRole("COLLECTOR", "RECEIVER");
    }
}
