package cn.haztrail.console;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in form; Spring Security's form login checks what it posts to /login. Under {@code oidc} the page offers
 * the identity provider's sign-in instead, and shows why a sign-in there was refused.
 */
@Controller
class SignInController {

    private final ConsoleSignIn signInMode;

    SignInController(ConsoleSignIn signInMode) {
        this.signInMode = signInMode;
    }

    @GetMapping("/login")
    String signIn(Model model) {
        signInMode.providerSignInPath().ifPresent(path -> model.addAttribute("providerSignIn", path));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? "redirect:/console" : "console/login";
    }
}
