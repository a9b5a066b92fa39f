package cn.haztrail.catalogue.calendar.web;

import cn.haztrail.shared.security.AccessRules;
import cn.haztrail.shared.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Administrators set years' calendars; every signed-in account reads them, as the rest of the catalogue. */
@Component
class CalendarAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.PUT, "/api/v1/catalogue/calendars/*").hasRole(Role.ADMIN.name());
    }
}
