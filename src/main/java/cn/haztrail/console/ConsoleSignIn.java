package cn.haztrail.console;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

import java.util.Optional;

/** How people sign in to the pages in this mode: the page chain is the same, only the login differs. */
interface ConsoleSignIn {

    /** Adds the login, the logout and whatever turns the signed-in person into a caller for each request. */
    void configure(HttpSecurity http) throws Exception;

    /** Where the sign-in page sends a person to sign in at the identity provider; empty for the password form. */
    default Optional<String> providerSignInPath() {
        return Optional.empty();
    }

    /** Where the pages' forms may lead, redirects included (the content security policy's form-action). */
    default String formTargets() {
        return "'self'";
    }
}
