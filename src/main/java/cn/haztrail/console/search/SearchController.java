package cn.haztrail.console.search;

import cn.haztrail.console.search.Searches.Found;
import cn.haztrail.console.search.Searches.Kind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regulator's search page ({@link Searches}): manifests and batches link to their custody timelines; what was
 * found downloads as CSV or XLSX ({@link SearchTable}).
 */
@Controller
class SearchController {

    private final Searches searches;

    SearchController(Searches searches) {
        this.searches = searches;
    }

    @GetMapping("/console/search")
    String search(@RequestParam(required = false) Kind kind, @RequestParam(required = false) String q, Model model) {
        Kind chosen = kind == null ? Kind.MANIFEST : kind;
        model.addAttribute("kind", chosen);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("q", q == null ? "" : q.trim());
        if (q == null || q.isBlank()) {
            return "console/search/search";
        }
        Found found = searches.find(chosen, q.trim());
        model.addAttribute("searched", true);
        model.addAttribute("manifests", found.manifests());
        model.addAttribute("batches", found.batches());
        model.addAttribute("enterprises", found.enterprises());
        model.addAttribute("found", found.any());
        return "console/search/search";
    }
}
