package cn.haztrail.console;

import cn.haztrail.account.query.MembershipView;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/** Chooses the enterprise a person of several acts for; only its own memberships can be chosen. */
@Controller
class ActingForController {

    @GetMapping(ConsoleActingForFilter.CHOOSER)
    String chooser() {
        return "console/acting-for";
    }

    @PostMapping(ConsoleActingForFilter.CHOOSER)
    String choose(Model model, @RequestParam UUID enterpriseId, HttpSession session) {
        ConsoleUser me = (ConsoleUser) model.getAttribute("me");
        boolean member = me != null && me.memberships().stream().map(MembershipView::enterpriseId)
                .anyMatch(enterpriseId::equals);
        if (!member) {
            return "redirect:" + ConsoleActingForFilter.CHOOSER + "?unknown";
        }
        session.setAttribute(ConsoleActingForFilter.SESSION_KEY, enterpriseId);
        return "redirect:/console";
    }
}
