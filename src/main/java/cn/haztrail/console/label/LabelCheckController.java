package cn.haztrail.console.label;

import cn.haztrail.console.LabelCheckPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public label check (no sign-in): where a label's QR code leads. Shows what a roadside inspector needs and
 * nothing confidential ({@link LabelCheck}); too many checks from one address get 429.
 */
@Controller
class LabelCheckController {

    private final LabelChecks checks;
    private final LabelCheckRateLimit limit;

    LabelCheckController(LabelChecks checks, LabelCheckRateLimit limit) {
        this.checks = checks;
        this.limit = limit;
    }

    @GetMapping(LabelCheckPaths.PREFIX + "{labelId}")
    String check(@PathVariable String labelId, HttpServletRequest request, HttpServletResponse response,
                 Model model) {
        if (!limit.allow(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limit.secondsLeft()));
            return "console/label/too-many";
        }
        var found = checks.check(labelId);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("labelId", labelId);
            return "console/label/unknown";
        }
        model.addAttribute("label", found.get());
        return "console/label/check";
    }
}
