package cn.haztrail.enrolment.web;

import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Applying needs no sign-in, nor does what the applicant does with its tracking token (reading its application,
 * fetching its manager's activation token): the token is the proof, checked by the controller. Regulators and
 * administrators list and decide; which regulator may is checked per application (R21).
 */
@Component
class EnrolmentAccessRules implements AccessRules {

    private static final String BASE = "/api/v1/enrolment-applications";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, BASE, BASE + "/*/activation-token").permitAll()
                .requestMatchers(HttpMethod.GET, BASE + "/*").permitAll()
                .requestMatchers(HttpMethod.GET, BASE).hasAnyRole(Role.REGULATOR.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, BASE + "/*/approval", BASE + "/*/refusal")
                .hasAnyRole(Role.REGULATOR.name(), Role.ADMIN.name());
    }
}
