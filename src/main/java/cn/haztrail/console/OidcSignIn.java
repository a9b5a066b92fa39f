package cn.haztrail.console;

import cn.haztrail.shared.security.JwtCallerConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Optional;

/**
 * Production ({@code oidc}): people sign in at the organisation's identity provider with Spring Security's
 * authorization-code login (state, nonce and PKCE as Spring does them), the client registration
 * {@value #REGISTRATION}. The ID token's claims are mapped by the same {@link JwtCallerConverter} as the API's bearer
 * tokens: a person whose claims make no caller is refused at sign-in, and {@link OidcCallerFilter} maps them afresh
 * on every request. Sign-out ends the page session and, where the provider announces an end-session endpoint, the
 * provider's session too (RP-initiated logout).
 */
@Component
@Profile("oidc")
class OidcSignIn implements ConsoleSignIn {

    static final String REGISTRATION = "haztrail";
    static final String AUTHORIZATION_PATH = "/oauth2/authorization/" + REGISTRATION;

    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    private final ClientRegistrationRepository registrations;
    private final ClientRegistration registration;
    private final JwtCallerConverter converter;

    OidcSignIn(ObjectProvider<ClientRegistrationRepository> registrations, JwtCallerConverter converter) {
        this.registrations = registrations.getIfAvailable();
        this.registration = this.registrations == null ? null : this.registrations.findByRegistrationId(REGISTRATION);
        this.converter = converter;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        if (registration == null) {
            log.warn("No page sign-in: the oidc profile needs the client registration '{}' "
                    + "(spring.security.oauth2.client.registration.{}.*, see README \"Production login\"); "
                    + "until then the pages answer 401", REGISTRATION, REGISTRATION);
            http.exceptionHandling(errors -> errors.authenticationEntryPoint(
                    new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
            return;
        }
        OidcUserService people = new OidcUserService();
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        signedOut.setDefaultTargetUrl("/login?logout"); // a provider without end_session_endpoint
        http.oauth2Login(login -> login.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/console")
                        // kept in the page session, so it goes with it (and with the node's memory, not forever)
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(request ->
                                mappedToCaller(people.loadUser(request)))))
                // straight to the provider: the sign-in page only shows errors and the signed-out notice
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(AUTHORIZATION_PATH)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signedOut))
                .addFilterBefore(new OidcCallerFilter(converter), AuthorizationFilter.class);
    }

    /** Refuses at sign-in a person whose claims make no HazTrail caller, exactly as the API refuses its token. */
    private OidcUser mappedToCaller(OidcUser person) {
        converter.fromClaims(person, person);
        return person;
    }

    @Override
    public Optional<String> providerSignInPath() {
        return registration == null ? Optional.empty() : Optional.of(AUTHORIZATION_PATH);
    }

    /** The sign-out form's redirect goes on to the provider's end-session endpoint, which the page policy allows. */
    @Override
    public String formTargets() {
        Object endSession = registration == null ? null
                : registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endSession == null) {
            return ConsoleSignIn.super.formTargets();
        }
        var uri = UriComponentsBuilder.fromUriString(endSession.toString()).build();
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        return ConsoleSignIn.super.formTargets() + " " + origin;
    }
}
