package cn.haztrail.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's entry: each kind of user starts on its own page. */
@Controller
class HomeController {

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    @GetMapping("/console")
    String home(Model model) {
        ConsoleUser me = (ConsoleUser) model.getAttribute("me");
        if (me != null && me.regulator()) {
            return "redirect:/console/oversight";
        }
        if (me != null && me.party()) {
            return "redirect:/console/enterprise";
        }
        return "console/home";
    }
}
