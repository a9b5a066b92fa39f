package cn.haztrail.console.search;

import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchReaders;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The regulator's search: a manifest by its 14-digit number, a batch by its label id (both only if the reader may
 * read them, R21, answered by the same queries as the API), an enterprise by part of its name or its credit code
 * (the registry is readable by every signed-in person). Manifests and batches link to their custody timelines.
 */
@Controller
class SearchController {

    static final int MAX_ENTERPRISES = 20;

    enum Kind { MANIFEST, BATCH, ENTERPRISE }

    private final ManifestQueries manifests;
    private final BatchQueries batches;
    private final BatchReaders readers;
    private final EnterpriseQueries enterprises;
    private final CurrentCaller currentCaller;

    SearchController(ManifestQueries manifests, BatchQueries batches, BatchReaders readers,
                     EnterpriseQueries enterprises, CurrentCaller currentCaller) {
        this.manifests = manifests;
        this.batches = batches;
        this.readers = readers;
        this.enterprises = enterprises;
        this.currentCaller = currentCaller;
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
        String text = q.trim();
        Caller caller = currentCaller.get();
        model.addAttribute("searched", true);
        switch (chosen) {
            case MANIFEST -> model.addAttribute("manifests", manifests.find(text, caller).stream().toList());
            case BATCH -> model.addAttribute("batches",
                    batches.findByLabelId(text, readers.of(caller)).stream().toList());
            case ENTERPRISE -> model.addAttribute("enterprises",
                    enterprises.findByNameOrCreditCode(text, MAX_ENTERPRISES));
        }
        model.addAttribute("found", !found(model).isEmpty());
        return "console/search/search";
    }

    private static List<?> found(Model model) {
        for (String key : List.of("manifests", "batches", "enterprises")) {
            if (model.getAttribute(key) instanceof List<?> list) {
                return list;
            }
        }
        return List.of();
    }
}
