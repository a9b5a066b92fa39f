package cn.haztrail.personal;

import cn.haztrail.shared.security.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Reading and erasing people by reference is for administrators, who handle erasure requests. */
@Component
class PersonalDataAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/personal-data/**").hasRole("ADMIN");
    }
}
