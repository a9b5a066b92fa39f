package cn.haztrail.console;

import cn.haztrail.shared.security.LoginThrottle;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.stereotype.Component;

/** Embedded mode: a username and password form against HazTrail's own accounts, slowed down like HTTP Basic. */
@Component
@Profile("!oidc")
class FormSignIn implements ConsoleSignIn {

    private final LoginThrottle throttle;

    FormSignIn(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/console")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new FormLoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
    }
}
